#!/usr/bin/env python3
"""TimeBank value errors by kind, from `parallax eval timex FOLDER --mismatches OUT` files.

Usage: scripts/timex-error-kinds.py LABEL=MISMATCHES [LABEL=MISMATCHES ...]
"""
import collections
import json
import re
import sys

WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = (r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|"
         r"September|October|November|December|spring|summer|fall|autumn|winter)")


def kind(row):
    g, p = row.get("goldValue"), row.get("predictedValue")
    gt = row.get("goldText") or ""
    if g is None:
        return "predicted, not in gold"
    if p is None:
        return "gold missed"
    if re.search(WEEKDAY, gt) and len(g) == 10 and len(p) == 10:
        return "weekday direction"
    if re.search(MONTH, gt) and g[:4] != p[:4] and g[5:] == p[5:]:
        return "month/season year (direction)"
    if "W" in g or "W" in p:
        return "week granularity (WXX)"
    if "Q" in g or "Q" in p:
        return "quarter anchoring"
    if row.get("goldType") == "DURATION" and not p.startswith("P"):
        return "duration given as a date"
    if g.startswith("P") and p.startswith("P"):
        return "duration amount"
    if g.endswith("_REF") or p.endswith("_REF"):
        return "past/present/future reference"
    if len(g) != len(p):
        return "granularity"
    return "other value"


for argument in sys.argv[1:]:
    label, path = argument.split("=")
    counts = collections.Counter(kind(json.loads(line)) for line in open(path, encoding="utf-8"))
    print(label, sum(counts.values()), dict(counts.most_common()))
