#!/usr/bin/env python3
"""Scores event briefs' timelines (digest JSON files, one per event, named EVENT.json) against a fixed pool
of labelled entries (docs/labels/timeline-open.tsv: event, date, label, text; labels R right, RW right
for the words carrying the date but not for the event the entry tells, W wrong, J no event), so that a
change is measured on the same entries before and after, however the random draws move.

An entry is found by its event and its words; an entry found with another date is listed to be read
again (its label no longer holds); an entry not found is out. Lenient = (R + RW) / dated entries kept,
strict = R / dated entries kept, J counted apart.

With --draw SEED TIMELINE, scores instead the audit's draw (`brief-audit-sample.py 3 TIMELINE`, AUDIT_SEED
SEED) of the files given, reading labels from every LABELS file (comma-separated: the pool, and
docs/labels/timeline-open-draws.tsv for entries a draw took only after a change); unlabelled entries are
listed to be read.

Usage: scripts/timeline-label-score.py LABELS.tsv[,MORE.tsv] [--list] [--draw SEED TIMELINE] FILE.json...
"""
import collections
import importlib.util
import json
import os
import pathlib
import sys


def words(text):
    return " ".join(text.split())


def read_labels(paths):
    return [line.rstrip("\n").split("\t") for path in paths.split(",")
            for line in open(path, encoding="utf-8") if not line.startswith("#")]


def figures(counts):
    dated = counts["R"] + counts["RW"] + counts["W"]
    if not dated:
        return "no dated entries"
    return (f"lenient {counts['R'] + counts['RW']}/{dated} = {(counts['R'] + counts['RW']) / dated:.3f}, "
            f"strict {counts['R']}/{dated} = {counts['R'] / dated:.3f}, junk {counts['J']}")


def score_draw(labels, seed, timeline, paths):
    os.environ["AUDIT_SEED"] = seed
    spec = importlib.util.spec_from_file_location("sample", pathlib.Path(__file__).with_name("brief-audit-sample.py"))
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    known = {(event, date, text): label for event, date, label, text in labels}
    counts = collections.Counter()
    for event, _, story, _, dated in sample.draws(paths, 3, timeline):
        for i in dated:
            entry = story["timeline"][i]
            label = known.get((event, entry["date"], words(entry["text"])), "?")
            counts[label] += 1
            if label == "?":
                print(f"unlabelled {event} {entry['date']}: {words(entry['text'])}")
    print(f"draw AUDIT_SEED={seed} 3 {timeline}: {sum(counts.values())} entries, {figures(counts)}, "
          f"unlabelled {counts['?']}")


def main():
    args = sys.argv[1:]
    listing = "--list" in args
    args = [a for a in args if a != "--list"]
    labels = read_labels(args.pop(0))
    if args and args[0] == "--draw":
        score_draw(labels, args[1], int(args[2]), args[3:])
        return
    found = collections.defaultdict(list)
    for path in args:
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
            if listing:
                print(f"out {label} {event} {date}: {text[:120]}")
    for event, date, dates, label, text in moved:
        print(f"moved {label} {event} {date} -> {dates}: {text[:120]}")
    print(f"pool {len(labels)}: kept {sum(kept.values())} ({dict(kept)}), out {dict(out)}, moved {len(moved)}")
    print(figures(kept))


main()
