#!/usr/bin/env python3
"""Summaries and discrepancy kinds that differ between two brief folders of .bench/claims/briefs
(docs/claims.md, seventh pass). Usage: scripts/summary-diff.py OLD NEW  (folder names)."""
import json, sys
a, b = sys.argv[1], sys.argv[2]
import glob, os
for p in sorted(glob.glob(f".bench/claims/briefs/{a}/*.json")):
    n = os.path.basename(p)[:-5]
    A = json.load(open(p)); B = json.load(open(f".bench/claims/briefs/{b}/{n}.json"))
    for k, (sa, sb) in enumerate(zip(A["stories"], B["stories"])):
        if len(sa["articleIds"]) < 2: continue
        ta = [l["text"] for l in sa["summary"]]; tb = [l["text"] for l in sb["summary"]]
        if ta != tb:
            print(f"== {n} story{k}")
            for t in ta:
                print(("   " if t in tb else " - ") + t[:200])
            for t in tb:
                if t not in ta: print(" + " + t[:200])
    da = [d["about"] for s in A["stories"] for d in s.get("discrepancies", [])]
    db = [d["about"] for s in B["stories"] for d in s.get("discrepancies", [])]
    if da != db: print(f"DISC {n}: {da} -> {db}")
    if [len(s['stories']) for s in [A]] != [len(s['stories']) for s in [B]]: print("stories differ", n)
