#!/usr/bin/env python3
"""The read sample of the brief audit: from each story of each event brief (digest JSON files),
QUOTES quotes and TIMELINE timeline entries drawn with random.seed(13) in file order, printed with
the paragraph each comes from, and the story's first PLAYERS key players, for a reader to label.
AUDIT_SEED=N draws a fresh sample with seed N instead (the tenth round's fresh timeline draw: 2026).

Usage: [AUDIT_SEED=N] scripts/brief-audit-sample.py QUOTES TIMELINE PLAYERS FILE.json... > sheet.txt
"""
import json
import os
import random
import sys


def draws(paths, quotes, entries):
    """The one draw of the audit's read sample (random.seed(13), files in sorted order, each story's
    quotes drawn before its timeline entries): yields (event, articles by id, story, quote indices,
    timeline indices). `timeline-read-sheet.py` reads the same draw."""
    random.seed(int(os.environ.get("AUDIT_SEED", "13")))
    for path in sorted(paths):
        brief = json.load(open(path, encoding="utf-8"))
        articles = {a["id"]: a for a in brief["articles"]}
        event = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for story in brief["stories"]:
            quoted = sorted(random.sample(range(len(story["quotes"])), min(quotes, len(story["quotes"]))))
            timeline = story["timeline"]
            dated = sorted(random.sample(range(len(timeline)), min(entries, len(timeline))))
            yield event, articles, story, quoted, dated


def main():
    quotes, entries, players = (int(a) for a in sys.argv[1:4])
    for event, articles, story, quoted, dated in draws(sys.argv[4:], quotes, entries):
        sample = story["quotes"]
        for i in quoted:
            q = sample[i]
            text = articles[q["article"]]["text"]
            at = text.find(q["text"][:60])
            print(f"{event} Q{i} [{q['kind']}] speaker={q.get('speaker')!r} description={q.get('speakerDescription')!r}")
            print(f"  quote: {q['text'][:250]}")
            print(f"  text: ...{text[max(0, at - 400):at]}<<QUOTE>>{text[at + len(q['text']):at + len(q['text']) + 100]}")
        for i in dated:
            e = story["timeline"][i]
            print(f"{event} T{i} {e['date']} ({e['precision']}): {e['text'][:300]}")
        if players:
            names = " | ".join(f"{e['name']}[{e['type']}]" for e in story["entities"][:players])
            print(f"{event} players: {names}")


if __name__ == "__main__":
    main()
