#!/usr/bin/env python3
"""Prints a digest (parallax digest --format json) as an audit sheet: every fact with its
numbered supports, every discrepancy, every summary sentence, so that labels can be written
next to each line (docs/claims.md, /work/shared/docs/brief-audit.md)."""
import json, sys
digest = json.load(open(sys.argv[1]))
for story in digest["stories"]:
    print("## story", story["id"], "articles", len(story["articleIds"]))
    for n, s in enumerate(story["summary"]):
        print("  S%d [%d src] %s" % (n + 1, len(s["sources"]), s["text"]))
    for n, f in enumerate(story["facts"]):
        claim = next((x for x in f["support"] if x["text"] == f["text"]), None)
        print("  F%d (%d sources, copies %d) %s" % (n + 1, len(f["sources"]), len(f.get("copies", [])), f["text"]))
        for m, x in enumerate(f["support"]):
            if x is claim: continue
            print("     F%d.%d %s" % (n + 1, m + 1, x["text"]))
    for n, d in enumerate(story["discrepancies"]):
        print("  D%d on %s" % (n + 1, d["about"]))
        for c in d["claims"]:
            print("     [%s] %s" % (c.get("value"), c["text"]))
