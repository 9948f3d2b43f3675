#!/usr/bin/env python3
"""The timeline part of the brief audit's read sample, with what a reader needs to judge each entry:
from each story of each event brief (digest JSON files), TIMELINE entries drawn as
`brief-audit-sample.py QUOTES TIMELINE 0` draws them (random.seed(13), quotes drawn first, file
order), each printed with its date, the first source article's opening lines (headline, header
date, dateline) and the paragraph around the entry's sentence, for a reader to label by
../shared/docs/brief-audit.md: date right or wrong, and whether the entry is an event at all (not a
headline, dateline or non-event).

Usage: scripts/timeline-read-sheet.py QUOTES TIMELINE FILE.json... > sheet.txt
"""
import json
import random
import sys


def main():
    quotes, entries = (int(a) for a in sys.argv[1:3])
    random.seed(13)
    for path in sorted(sys.argv[3:]):
        brief = json.load(open(path, encoding="utf-8"))
        articles = {a["id"]: a for a in brief["articles"]}
        event = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for story in brief["stories"]:
            random.sample(range(len(story["quotes"])), min(quotes, len(story["quotes"])))
            timeline = story["timeline"]
            for i in sorted(random.sample(range(len(timeline)), min(entries, len(timeline)))):
                entry = timeline[i]
                print(f"=== {event} T{i} {entry['date']} ({entry['precision']}): {entry['text'][:400]}")
                source = articles[entry["sources"][0]]
                text = source["text"]
                head = " / ".join(line for line in text.split("\n")[:4] if line.strip())[:300]
                print(f"  article {source['id']} published={source.get('published')!r} head: {head}")
                at = text.find(entry["text"][:60])
                print(f"  context: ...{text[max(0, at - 500):at]}<<ENTRY>>{text[at:at + len(entry['text']) + 150]}")


main()
