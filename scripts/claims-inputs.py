#!/usr/bin/env python3
"""Writes the ECB+ development documents as digest inputs, one JSONL file per gold event and per
topic (ids = the corroboration gold's input_id, text only), into OUT (default .bench/claims/inputs).
Used to produce the briefs the claims audit reads (docs/claims.md)."""
import gzip, json, os, sys
source = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/corroboration/ecbplus-dev.jsonl.gz"
out = sys.argv[2] if len(sys.argv) > 2 else ".bench/claims/inputs"
os.makedirs(out, exist_ok=True)
groups = {}
for line in gzip.open(source, "rt"):
    record = json.loads(line)
    row = json.dumps({"id": record["input_id"], "text": record["text"]}) + "\n"
    groups.setdefault("event-" + record["event"], []).append(row)
    groups.setdefault("topic-%d" % record["topic"], []).append(row)
for name, rows in groups.items():
    with open(os.path.join(out, name + ".jsonl"), "w") as handle:
        handle.writelines(rows)
print(len(groups), "files in", out)
