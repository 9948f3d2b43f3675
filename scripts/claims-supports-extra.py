#!/usr/bin/env python3
"""Support precision and facts fully supported on working topics 10 and 20, labelled in the ninth pass
(docs/claims-audit/supports-topics-10-20-pass9.txt; docs/claims.md).

usage: scripts/claims-supports-extra.py BRIEFS_DIR  (briefs: parallax digest .bench/claims/inputs/event-E.jsonl
--format json > BRIEFS_DIR/event-E.json for E in 10_ecb 10_ecbplus 20_ecb 20_ecbplus). Prints unlabelled pairs.
"""
import json, re, sys

labels, claim = {}, None
for line in open("docs/claims-audit/supports-topics-10-20-pass9.txt"):
    line = line.rstrip("\n")
    if m := re.match(r"## (\S+) C: (.*)", line):
        claim = (m.group(1), m.group(2))
    elif (m := re.match(r"\[(S|P|N)\] S: (.*)", line)) and claim:
        labels[(claim, m.group(2))] = m.group(1)
total = right = facts = full = 0
unknown = []
for event in "10_ecb 10_ecbplus 20_ecb 20_ecbplus".split():
    for story in json.load(open(f"{sys.argv[1]}/event-{event}.json"))["stories"]:
        for fact in story["facts"]:
            supports = [s["text"] for s in fact["support"] if s["text"] != fact["text"]]
            if not supports:
                continue
            facts += 1
            ok = True
            for support in supports:
                label = labels.get(((event, fact["text"]), support), "?")
                if label == "?":
                    unknown.append((event, fact["text"][:80], support[:80]))
                total += 1
                right += label == "S"
                ok = ok and label == "S"
            full += ok
print(sys.argv[1], "supports", total, "S", right, "precision %.3f" % (right / total), "facts", facts, "fully", full,
      "%.3f" % (full / facts))
for item in unknown:
    print("  unlabelled", item)
