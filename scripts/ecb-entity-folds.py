#!/usr/bin/env python3
"""Fold spread of scripts/ecb-entity-eval.py: the gold documents grouped by ECB+ topic (the number
before the first "_" of a document id), topics dealt into FOLDS folds with random.Random(13) over
the sorted topic list; prints "rightly typed of found" per fold and the spread (max - min).

Usage: scripts/ecb-entity-folds.py GOLD.jsonl ANALYZED.jsonl [FOLDS]
"""
import json, random, subprocess, sys, tempfile, os

gold_path, predicted_path = sys.argv[1], sys.argv[2]
folds = int(sys.argv[3]) if len(sys.argv) > 3 else 4
docs = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
topics = sorted({d["id"].split("_")[0] for d in docs}, key=int)
random.Random(13).shuffle(topics)
figures = []
for fold in range(folds):
    chosen = set(topics[fold::folds])
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for d in docs:
            if d["id"].split("_")[0] in chosen:
                out.write(json.dumps(d) + "\n")
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ecb-entity-eval.py")
    line = subprocess.run([script, out.name, predicted_path], capture_output=True, text=True).stdout.splitlines()[0]
    os.unlink(out.name)
    typed = float(line.split("(")[2].split()[0])
    figures.append(typed)
    print("fold %d topics %s: %s" % (fold, ",".join(sorted(chosen, key=int)), line))
print("typed of found per fold: %s  spread %.4f" % (" / ".join("%.4f" % f for f in figures), max(figures) - min(figures)))
