#!/usr/bin/env python3
"""Scores Parallax and its peers on the same pages, by part of the leave-sites-out split.

Extraction follows the ScrapingHub benchmark's rule (4-token shingles of \\w+ tokens, per-page
P and R, F1 of the mean P and mean R); dates follow htmldate's comparison (day equal to the
gold day). Parallax may come as several variants (one per candidate setting); the setting is
then chosen by cross-validation over the development folds: for each fold, the variant best on
the other folds is scored on that fold. The blind part is scored once, with the variant best
on all development folds, and is reported apart.

Usage: [PAGES=1] scripts/pages-compare.py extraction|dates SHARED_EVAL_FOLDER SPLIT.tsv PEER.json VARIANT=PREDICTIONS.json...\n(PAGES=1 lists the development pages where the first variant and the peer differ.)
"""
import collections
import json
import os
import pathlib
import re
import statistics
import sys


def tokens(text: str) -> list:
    return re.findall(r"\w+", text or "")


def shingles(words: list) -> collections.Counter:
    if not words:
        return collections.Counter()
    if len(words) < 4:
        return collections.Counter([tuple(words)])
    return collections.Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))


def page_score(predicted: str, gold: str) -> tuple:
    """(precision or None, recall or None) of one page, as the benchmark's evaluate.py."""
    mine, theirs = shingles(tokens(predicted)), shingles(tokens(gold))
    tp = sum((mine & theirs).values())
    fp = sum((mine - theirs).values())
    fn = sum((theirs - mine).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def extraction_figures(scores: dict, ids: list) -> dict:
    precisions = [scores[i][0] for i in ids if scores[i][0] is not None]
    recalls = [scores[i][1] for i in ids if scores[i][1] is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"score": f1, "text": f"F1 {f1:.3f}  P {p:.3f}  R {r:.3f}"}


def date_figures(scores: dict, ids: list) -> dict:
    right = sum(1 for i in ids if scores[i] == "right")
    wrong = sum(1 for i in ids if scores[i] == "wrong")
    none = sum(1 for i in ids if scores[i] == "none")
    accuracy = right / len(ids) if ids else 0.0
    precision = right / (right + wrong) if right + wrong else 0.0
    return {"score": accuracy, "text": f"acc {accuracy:.3f}  P {precision:.3f}  ({right} right, {wrong} wrong, {none} none)"}


def main() -> None:
    task, shared, split_path, peer_path = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    variants = dict(argument.rsplit("=", 1) for argument in sys.argv[5:])
    parts = {}
    for line in pathlib.Path(split_path).read_text().splitlines():
        fields = line.split("\t")
        if line.startswith("#") or fields[0] != task:
            continue
        parts[fields[1]] = fields[3]
    if task == "extraction":
        truth = json.loads((shared / "extraction/scrapinghub/ground-truth.json").read_text())
        gold = {key: value["articleBody"] for key, value in truth.items()}

        def score(predictions: dict) -> dict:
            return {key: page_score(predictions.get(key) or "", gold[key]) for key in gold}

        figures = extraction_figures
    else:
        items = [json.loads(line) for line in (shared / "dates/gold.jsonl").read_text().splitlines() if line.strip()]
        gold = {item["id"]: item["date"] for item in items}

        def score(predictions: dict) -> dict:
            outcome = {}
            for key, expected in gold.items():
                found = predictions.get(key)
                outcome[key] = "none" if not found else ("right" if found[:10] == expected else "wrong")
            return outcome

        figures = date_figures
    folds = sorted({part for part in parts.values() if part != "blind"})
    ids_of = {part: [key for key in gold if parts.get(key) == part] for part in folds + ["blind"]}
    development = [key for key in gold if parts.get(key, "blind") != "blind"]
    peer_name = "trafilatura" if task == "extraction" else "htmldate-extensive"
    peer = score(json.loads(pathlib.Path(peer_path).read_text()))
    ours = {name: score(json.loads(pathlib.Path(path).read_text())) for name, path in variants.items()}

    print(f"== {task}: {len(development)} development pages in {len(folds)} site folds, {len(ids_of['blind'])} blind ==")
    # Cross-validated choice of Parallax's setting.
    held_out = {}
    chosen = {}
    for fold in folds:
        training = [key for key in development if parts[key] != fold]
        best = max(ours, key=lambda name: (figures(ours[name], training)["score"], name == next(iter(ours))))
        chosen[fold] = best
        held_out[fold] = figures(ours[best], ids_of[fold])
    final = max(ours, key=lambda name: (figures(ours[name], development)["score"], name == next(iter(ours))))

    def spread(values: list) -> str:
        deviation = statistics.pstdev(values) if len(values) > 1 else 0.0
        return f"mean {statistics.mean(values):.3f} ± {deviation:.3f}  (min {min(values):.3f}, max {max(values):.3f})"

    print("-- development (all dev sites; settings fitted here) --")
    for name in ours:
        print(f"parallax[{name}]".ljust(34), figures(ours[name], development)["text"])
    print(peer_name.ljust(34), figures(peer, development)["text"])
    print("-- cross-validated over site folds (held-out fold scored with the setting best on the others) --")
    for fold in folds:
        print(
            f"{fold} ({len(ids_of[fold])} pages)".ljust(20),
            f"parallax[{chosen[fold]}]".ljust(26),
            held_out[fold]["text"].ljust(52),
            f"{peer_name} {figures(peer, ids_of[fold])['text']}",
        )
    print("parallax cross-validated".ljust(34), spread([held_out[fold]["score"] for fold in folds]))
    print(f"{peer_name} same folds".ljust(34), spread([figures(peer, ids_of[fold])["score"] for fold in folds]))
    pooled = {key: ours[chosen[parts[key]]][key] for key in development}
    print("parallax cross-validated, pooled".ljust(34), figures(pooled, development)["text"])
    print(f"-- blind ({len(ids_of['blind'])} pages, setting chosen on all dev folds: {final}) --")
    print(f"parallax[{final}]".ljust(34), figures(ours[final], ids_of["blind"])["text"])
    print(peer_name.ljust(34), figures(peer, ids_of["blind"])["text"])
    if os.environ.get("PAGES"):
        # Development pages where the first variant and the peer differ, for page-by-page reading.
        first = next(iter(ours))
        print(f"-- development pages where parallax[{first}] and {peer_name} differ --")
        for key in development:
            mine, theirs = ours[first][key], peer[key]
            if mine != theirs:
                print(key[:16], parts[key], "parallax", mine, peer_name, theirs)


if __name__ == "__main__":
    main()
