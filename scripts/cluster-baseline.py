#!/usr/bin/env python3
"""The scikit-learn baseline for story clustering: TF-IDF (English stop words, sublinear tf)
and agglomerative clustering (average linkage, cosine distance), its distance threshold swept
over a grid; prints the best threshold's BCubed and pairwise scores (the same rules as
`parallax eval clustering`) and the time one clustering takes.

Usage: scripts/cluster-baseline.py [FILE] [--label event]
"""
import argparse
import json
import sys
import time
from collections import Counter

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def scores(predicted, gold):
    n = len(gold)
    pred_sizes, gold_sizes, overlap = Counter(predicted), Counter(gold), Counter(zip(predicted, gold))
    precision = sum(overlap[(p, g)] / pred_sizes[p] for p, g in zip(predicted, gold)) / n
    recall = sum(overlap[(p, g)] / gold_sizes[g] for p, g in zip(predicted, gold)) / n
    pairs = lambda k: k * (k - 1) / 2
    together = sum(pairs(v) for v in overlap.values())
    pair_p = together / max(sum(pairs(v) for v in pred_sizes.values()), 1)
    pair_r = together / max(sum(pairs(v) for v in gold_sizes.values()), 1)
    f1 = lambda a, b: 2 * a * b / (a + b) if a + b else 0.0
    return precision, recall, f1(precision, recall), pair_p, pair_r, f1(pair_p, pair_r)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default="../shared/eval/clustering/ecbplus-dev.jsonl")
    parser.add_argument("--label", default="event")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    texts = [row["text"] for row in rows]
    gold = [str(row[args.label]) for row in rows]

    start = time.perf_counter()
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    vectorising = time.perf_counter() - start
    best = None
    for step in range(40, 100):
        threshold = step / 100
        start = time.perf_counter()
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(matrix)
        seconds = vectorising + time.perf_counter() - start
        result = scores(list(labels), gold)
        if best is None or result[2] > best[1][2]:
            best = (threshold, result, seconds, len(set(labels)))
    threshold, (p, r, f, pp, pr, pf), seconds, clusters = best
    print(
        f"scikit-learn TF-IDF + average-linkage agglomerative, best distance threshold {threshold:.2f}: "
        f"articles {len(rows)}  BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}  pairwise P {pp:.4f} R {pr:.4f} F1 {pf:.4f}  "
        f"clusters {clusters}  {seconds:.3f} s"
    )
    cross_validate(rows, matrix, gold)


def cross_validate(rows, matrix, gold):
    """The threshold chosen on one half of the topics and scored on the other, both ways: the
    same halves as `parallax eval clustering --sweep` (topics in numeric order, alternately)."""
    topics = sorted({row.get("topic") for row in rows if row.get("topic") is not None},
                    key=lambda t: (int(t) if str(t).isdigit() else 0, str(t)))
    if len(topics) < 2:
        return
    first = set(topics[0::2])
    halves = [[i for i, row in enumerate(rows) if row.get("topic") in first],
              [i for i, row in enumerate(rows) if row.get("topic") not in first]]

    def f1_at(indices, threshold):
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(matrix[indices])
        return scores(list(labels), [gold[i] for i in indices])[2]

    held_out = []
    for number, (tuning, scoring) in enumerate([(0, 1), (1, 0)], start=1):
        chosen = max((step / 100 for step in range(40, 100)), key=lambda t: f1_at(halves[tuning], t))
        score = f1_at(halves[scoring], chosen)
        held_out.append(score)
        print(f"baseline fold {number}: chosen distance threshold {chosen:.2f} "
              f"(tuning F1 {f1_at(halves[tuning], chosen):.4f}), held-out BCubed F1 {score:.4f}")
    print(f"baseline cross-validated BCubed F1 {sum(held_out) / len(held_out):.4f}")


if __name__ == "__main__":
    sys.exit(main())
