#!/usr/bin/env python3
"""The timeline part of the brief audit's read sample, with what a reader needs to judge each entry:
from each story of each event brief (digest JSON files), TIMELINE entries drawn as
`brief-audit-sample.py QUOTES TIMELINE 0` draws them (random.seed(13), or AUDIT_SEED; quotes drawn first, file
order), each printed with its date, the first source article's opening lines (headline, header
date, dateline) and the paragraph around the entry's sentence, for a reader to label by
../shared/docs/brief-audit.md: date right or wrong, and whether the entry is an event at all (not a
headline, dateline or non-event).

Usage: scripts/timeline-read-sheet.py QUOTES TIMELINE FILE.json... > sheet.txt
"""
import importlib.util
import pathlib
import sys

# The draw is brief-audit-sample.py's own, so the two sheets cannot drift apart.
_spec = importlib.util.spec_from_file_location(
    "brief_audit_sample", pathlib.Path(__file__).with_name("brief-audit-sample.py"))
brief_audit_sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(brief_audit_sample)


def main():
    quotes, entries = (int(a) for a in sys.argv[1:3])
    for event, articles, story, _, dated in brief_audit_sample.draws(sys.argv[3:], quotes, entries):
        for i in dated:
            entry = story["timeline"][i]
            print(f"=== {event} T{i} {entry['date']} ({entry['precision']}): {entry['text'][:400]}")
            source = articles[entry["sources"][0]]
            text = source["text"]
            head = " / ".join(line for line in text.split("\n")[:4] if line.strip())[:300]
            print(f"  article {source['id']} published={source.get('published')!r} head: {head}")
            at = text.find(entry["text"][:60])
            print(f"  context: ...{text[max(0, at - 500):at]}<<ENTRY>>{text[at:at + len(entry['text']) + 150]}")


main()
