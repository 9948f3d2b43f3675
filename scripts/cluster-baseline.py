#!/usr/bin/env python3
"""The scikit-learn baseline for story clustering: TF-IDF (English stop words, sublinear tf)
and agglomerative clustering (average linkage, cosine distance), its distance threshold swept
over a grid; prints the best threshold's BCubed and pairwise scores on all articles (the same
rules as `parallax eval clustering`) and the time one clustering takes, then the threshold chosen
by the protocol of `parallax eval clustering --sweep` (blind topics apart, k folds of topics).

Usage: scripts/cluster-baseline.py [FILE] [--label event] [--folds 5] [--blind-topics 4,5,...]
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
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--blind-topics", default=BLIND_TOPICS, help='comma-separated, or "none"')
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
    blind = set() if args.blind_topics == "none" else set(args.blind_topics.split(","))
    print(f"baseline, {args.folds}-fold cross-validation over topics:")
    cross_validate(rows, gold, args.folds, blind)


BLIND_TOPICS = "4,5,8,9,12,19,21"  # the same as `parallax eval clustering --sweep` (docs/clustering.md)


def cross_validate(rows, gold, folds, blind):
    """The protocol of `parallax eval clustering --sweep`: the blind topics set aside; the other
    topics in numeric order dealt to `folds` folds (topic i to fold i mod k); for each fold the
    distance threshold is chosen on the other folds' topics and scored on the fold's topics,
    clustered together (TF-IDF fitted on the articles being clustered, as Parallax's idf is);
    then the threshold chosen on all non-blind topics is scored on the blind topics."""
    topics = sorted({str(row.get("topic")) for row in rows if row.get("topic") is not None},
                    key=lambda t: (int(t) if t.isdigit() else 0, t))
    tuning_topics = [t for t in topics if t not in blind]
    if len(tuning_topics) < 2:
        return
    k = min(folds, len(tuning_topics))
    dealt = [tuning_topics[i::k] for i in range(k)]
    thresholds = [step / 100 for step in range(40, 100)]

    def indices(topic_set):
        return [i for i, row in enumerate(rows) if str(row.get("topic")) in topic_set]

    matrices = {}

    def labels_at(members, threshold):
        key = tuple(members)
        if key not in matrices:
            matrices[key] = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
                [rows[i]["text"] for i in members]).toarray()
        matrix = matrices[key]
        return list(AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(matrix))

    def f1_at(members, threshold):
        return scores(labels_at(members, threshold), [gold[i] for i in members])[2]

    def choose(members):
        return max(thresholds, key=lambda t: f1_at(members, t))

    held_out, pooled_predicted, pooled_gold = [], [], []
    for number, fold in enumerate(dealt, start=1):
        tuning = indices(set(tuning_topics) - set(fold))
        scoring = indices(set(fold))
        chosen = choose(tuning)
        labels = labels_at(scoring, chosen)
        score = scores(labels, [gold[i] for i in scoring])[2]
        held_out.append(score)
        pooled_predicted += [f"{number}-{label}" for label in labels]
        pooled_gold += [gold[i] for i in scoring]
        print(f"  fold {number} (topics {','.join(fold)}): chosen distance threshold {chosen:.2f} "
              f"(tuning F1 {f1_at(tuning, chosen):.4f}), held-out BCubed F1 {score:.4f}")
    mean = sum(held_out) / len(held_out)
    sd = (sum((x - mean) ** 2 for x in held_out) / max(len(held_out) - 1, 1)) ** 0.5
    pooled = scores(pooled_predicted, pooled_gold)[2]
    print(f"  cross-validated BCubed F1 {mean:.4f} (sd {sd:.4f}, min {min(held_out):.4f}, "
          f"max {max(held_out):.4f}; pooled {pooled:.4f})")
    blind_members = indices(blind)
    if blind_members:
        chosen = choose(indices(set(tuning_topics)))
        score = f1_at(blind_members, chosen)
        print(f"  blind topics {','.join(sorted(blind, key=int))}: threshold chosen on all other topics "
              f"{chosen:.2f}, BCubed F1 {score:.4f}")


if __name__ == "__main__":
    sys.exit(main())
