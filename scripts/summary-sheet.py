#!/usr/bin/env python3
"""Prints the summaries of stories of two or more articles of the named briefs, side by side by
build, for reading (docs/claims.md, sixth pass).
Usage: scripts/summary-sheet.py BRIEFS_DIR[,BRIEFS_DIR…] NAME… (NAME: event-1_ecb, topic-2, …)"""
import json, sys
folders = sys.argv[1].split(",")
for name in sys.argv[2:]:
    for folder in folders:
        brief = json.load(open(f"{folder}/{name}.json"))
        for k, story in enumerate(brief["stories"]):
            if len(story["articleIds"]) < 2:
                continue
            print(f"== {name} {folder.rsplit('/', 1)[-1]} story{k} ({len(story['articleIds'])} articles)")
            for n, line in enumerate(story["summary"]):
                note = f"  NOTE {line['note']}" if line.get("note") else ""
                print(f"  S{n + 1} [{len(line['sources'])}] {line.get('dated') or line['text']}{note}")
