#!/usr/bin/env python3
"""Scores event briefs' timelines (digest JSON files, one per event, named EVENT.json) against a fixed pool
of labelled entries (docs/labels/timeline-open.tsv: event, date, label, text; labels R right, RW right
for the words carrying the date but not for the event the entry tells, W wrong, J no event), so that a
change is measured on the same entries before and after, however the random draws move.

An entry is found by its event and its words; an entry found with another date is listed to be read
again (its label no longer holds); an entry not found is out. Lenient = (R + RW) / dated entries kept,
strict = R / dated entries kept, J counted apart.

Usage: scripts/timeline-label-score.py LABELS.tsv FILE.json... [--list]
"""
import collections
import json
import pathlib
import sys


def words(text):
    return " ".join(text.split())


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    labels = [line.rstrip("\n").split("\t") for line in open(args[0], encoding="utf-8") if not line.startswith("#")]
    found = collections.defaultdict(list)
    for path in args[1:]:
        event = pathlib.Path(path).stem
        for story in json.load(open(path, encoding="utf-8"))["stories"]:
            for entry in story["timeline"]:
                found[(event, words(entry["text"]))].append(entry["date"])
    kept, out, moved = collections.Counter(), collections.Counter(), []
    for event, date, label, text in labels:
        dates = found.get((event, text), [])
        if date in dates:
            kept[label] += 1
        elif dates:
            moved.append((event, date, dates, label, text))
        else:
            out[label] += 1
            if "--list" in sys.argv:
                print(f"out {label} {event} {date}: {text[:120]}")
    for event, date, dates, label, text in moved:
        print(f"moved {label} {event} {date} -> {dates}: {text[:120]}")
    dated = kept["R"] + kept["RW"] + kept["W"]
    print(f"pool {len(labels)}: kept {sum(kept.values())} ({dict(kept)}), out {dict(out)}, moved {len(moved)}")
    if dated:
        print(f"lenient {kept['R'] + kept['RW']}/{dated} = {(kept['R'] + kept['RW']) / dated:.3f}, "
              f"strict {kept['R']}/{dated} = {kept['R'] / dated:.3f}, junk kept {kept['J']}")


main()
