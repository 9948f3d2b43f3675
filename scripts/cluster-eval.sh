#!/usr/bin/env bash
# Story clustering: the figures of issue 14's acceptance side by side, by one protocol
# (docs/clustering.md):
#  1. `parallax eval clustering --sweep --chooser refinement --continuity DATED`: blind topics set
#     aside; the settings of both passes chosen by 5-fold cross-validation over the other topics,
#     by the mean BCubed F1 on the tuning topics' articles undated and dated over days
#     (scripts/ecbplus-dated.py); every fold, the spread, the pooled score, each fold's held-out
#     topics on the dated stream (F1, multi-day stories per true story), then the blind topics;
#  2. the scikit-learn baseline (TF-IDF + average-linkage agglomerative clustering, its distance
#     threshold chosen on the same folds), on the same file, from the git-ignored .venv-bench/;
#  3. the continuity streams at the shipped defaults (scripts/cluster-continuity.sh);
#  4. the seed story through `parallax digest`: how many stories (one is right).
# PARALLAX=path picks the binary (default: a release build, built if absent).
# Usage: scripts/cluster-eval.sh [FILE] [FOLDS]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/eval/clustering/ecbplus-dev.jsonl}
[ -f "$file" ] || { echo "cluster-eval: $file not found (it lives in ../shared/eval/clustering)" >&2; exit 2; }
folds=${2:-5}
venv=.venv-bench
if ! "$venv/bin/python" -c 'import sklearn' >/dev/null 2>&1; then
    # The venv may exist for another peer (trafilatura) without scikit-learn.
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check scikit-learn
fi
if [ -z "${PARALLAX:-}" ]; then
    swift build -c release --product parallax >/dev/null 2>&1 || swift build -c release --product parallax
    PARALLAX=.build/release/parallax
fi
export PARALLAX
mkdir -p .bench/clustering
dated=.bench/clustering/ecbplus-dated.jsonl
python3 scripts/ecbplus-dated.py "$file" >"$dated"
echo "=== 1. Parallax, cross-validated over topics (ECB+ undated and dated)"
# The grid's term weight and first-pass threshold are those every fold chose in the 300-setting
# run (docs/clustering.md); the linkage, lone-article and idf settings are searched.
"$PARALLAX" eval clustering "$file" --sweep --folds "$folds" --chooser refinement --continuity "$dated" \
    --grid-term-weights 0.1 --grid-join-thresholds 0.3
echo "=== 2. scikit-learn baseline, the same folds"
"$venv/bin/python" scripts/cluster-baseline.py "$file" --folds "$folds"
echo "=== 3. continuity streams at the shipped defaults"
scripts/cluster-continuity.sh
echo "=== 4. the seed story"
seed=../shared/corpus/seed-story
if [ -d "$seed" ]; then
    stories=$("$PARALLAX" digest "$seed" --quiet --format json |
        python3 -c 'import json, sys; print(len(json.load(sys.stdin)["stories"]))')
    echo "seed story: $(ls "$seed" | wc -l) articles, $stories stories (1 is right)"
else
    echo "skipped: $seed is absent"
fi
