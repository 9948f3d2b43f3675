#!/usr/bin/env python3
"""Writes gold sentence pairs of the ECB+ corroboration set as `parallax align` input: annotated,
non-title sentences of different documents of one gold event, labelled corroborate / related /
unrelated by the gold rule (a shared action instance / only a shared participant, time or place /
nothing). Topics are those given (default: the working topics of scripts/claims-split.py).
Usage: claims-pairs.py OUT.jsonl [TOPICS...]"""
import gzip, json, random, sys
out = sys.argv[1]
topics = set(map(int, sys.argv[2:])) or {1, 2, 4, 5, 6, 8, 10, 13, 14, 16, 19, 20, 21}
docs = [json.loads(l) for l in gzip.open("../shared/eval/corroboration/ecbplus-dev.jsonl.gz", "rt")]
rows = []
for topic in sorted(topics):
    members = [d for d in docs if d["topic"] == topic]
    sents = []
    for d in members:
        t = d["text"]
        for s in d["sentences"]:
            if not s["annotated"]: continue
            title = s["start"] == 0 and t[s["end"]:s["end"] + 2] == "\n\n"
            if title: continue
            inst = {m["instance"] for m in d["mentions"] if m["start"] < s["end"] and s["start"] < m["end"]}
            sents.append((d["id"], d["event"], t[s["start"]:s["end"]].strip(), inst))
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            a, b = sents[i], sents[j]
            if a[0] == b[0] or a[1] != b[1]: continue
            shared = a[3] & b[3]
            label = "corroborate" if any(x.startswith(("ACT", "NEG")) for x in shared) else ("related" if shared else "unrelated")
            rows.append({"a": a[2], "b": b[2], "label": label, "topic": topic})
random.Random(1).shuffle(rows)
with open(out, "w") as f:
    for r in rows: f.write(json.dumps(r) + "\n")
print(len(rows), "pairs;", sum(r["label"] == "corroborate" for r in rows), "corroborate")
