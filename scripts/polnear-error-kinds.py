#!/usr/bin/env python3
"""PolNeAR source errors by kind, from `parallax eval quotes FILE --predictions OUT` files.

A source error is a matched content span whose predicted speaker mention does not overlap the gold
source (or names one where the gold has none). The kinds are read off the gold and predicted source
texts only, so the blind part can be counted without being read.

Usage: scripts/polnear-error-kinds.py LABEL=PREDICTIONS=GOLD [LABEL=PREDICTIONS=GOLD ...]
"""
import collections
import json
import re
import sys

PRONOUNS = {"he", "she", "they", "it", "who", "i", "we", "you", "which"}


def kind(gold_source, predicted_source):
    if not gold_source:
        return "no source in gold, one predicted"
    if re.fullmatch(r"[A-Z]+", gold_source):
        return "transcript label"
    if gold_source.lower() in ("said", "according to", "says", "told"):
        return "gold source is a cue word"
    if not predicted_source:
        return "no speaker predicted"
    if predicted_source.lower() in PRONOUNS and gold_source.lower() not in PRONOUNS:
        return "pronoun taken for a named or described teller (nesting)"
    if gold_source.lower() in PRONOUNS:
        return "gold pronoun, predicted a name"
    if re.search(r"\d", predicted_source):
        return "number or year as speaker"
    if predicted_source[:1].islower() and not gold_source[:1].islower():
        return "described phrase for a named teller"
    return "other name or phrase"


def kinds(predictions, gold_file):
    text = {}
    for line in open(gold_file, encoding="utf-8"):
        row = json.loads(line)
        text[row["id"]] = row["text"]
    counts = collections.Counter()
    for line in open(predictions, encoding="utf-8"):
        row = json.loads(line)
        body = text[row["id"]]
        for gold in row["gold"]:
            match = gold.get("match", -1)
            if match < 0:
                continue
            predicted = row["predicted"][match]
            gs, ps = gold["source"], predicted["source"]
            overlap = any(a[0] < b[1] and b[0] < a[1] for a in gs or [] for b in ps or [])
            if (overlap if gs else not ps):
                continue
            g = " ".join(body[a:b] for a, b in gs) if gs else ""
            p = " ".join(body[a:b] for a, b in ps) if ps else ""
            counts[kind(g, p)] += 1
    return counts


for argument in sys.argv[1:]:
    label, predictions, gold_file = argument.split("=")
    counts = kinds(predictions, gold_file)
    print(label, sum(counts.values()), dict(counts.most_common()))
