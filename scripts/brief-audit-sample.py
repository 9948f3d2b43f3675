#!/usr/bin/env python3
"""The read sample of the brief audit: from each story of each event brief (digest JSON files),
QUOTES quotes and TIMELINE timeline entries drawn with random.seed(13) in file order, printed with
the paragraph each comes from, and the story's first PLAYERS key players, for a reader to label.

Usage: scripts/brief-audit-sample.py QUOTES TIMELINE PLAYERS FILE.json... > sheet.txt
"""
import json
import random
import sys


def main():
    quotes, entries, players = (int(a) for a in sys.argv[1:4])
    random.seed(13)
    for path in sorted(sys.argv[4:]):
        brief = json.load(open(path, encoding="utf-8"))
        articles = {a["id"]: a for a in brief["articles"]}
        event = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for story in brief["stories"]:
            sample = story["quotes"]
            for i in sorted(random.sample(range(len(sample)), min(quotes, len(sample)))):
                q = sample[i]
                text = articles[q["article"]]["text"]
                at = text.find(q["text"][:60])
                print(f"{event} Q{i} [{q['kind']}] speaker={q.get('speaker')!r} description={q.get('speakerDescription')!r}")
                print(f"  quote: {q['text'][:250]}")
                print(f"  text: ...{text[max(0, at - 400):at]}<<QUOTE>>{text[at + len(q['text']):at + len(q['text']) + 100]}")
            timeline = story["timeline"]
            for i in sorted(random.sample(range(len(timeline)), min(entries, len(timeline)))):
                e = timeline[i]
                print(f"{event} T{i} {e['date']} ({e['precision']}): {e['text'][:300]}")
            if players:
                names = " | ".join(f"{e['name']}[{e['type']}]" for e in story["entities"][:players])
                print(f"{event} players: {names}")


main()
