#!/usr/bin/env bash
# Story clustering side by side, by one protocol (docs/clustering.md): `parallax eval clustering
# --sweep --chooser refinement` (blind topics set aside, the settings of both passes chosen by
# 5-fold cross-validation over the other topics from the grid the defaults were chosen on, every
# fold and the spread printed, then the blind topics scored) and the scikit-learn
# baseline (TF-IDF + average-linkage agglomerative clustering, its distance threshold chosen the
# same way), on the same file. The baseline runs in the git-ignored .venv-bench/.
# Usage: scripts/cluster-eval.sh [FILE] [FOLDS] [CHOOSER]   (CHOOSER: refinement, the default;
# grid, learned or both for the first pass's older choosers)
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/eval/clustering/ecbplus-dev.jsonl}
[ -f "$file" ] || { echo "cluster-eval: $file not found (it lives in ../shared/eval/clustering)" >&2; exit 2; }
venv=.venv-bench
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check scikit-learn
fi
folds=${2:-5}
chooser=${3:-refinement}
swift build -c release --product parallax >/dev/null 2>&1 || swift build -c release --product parallax
echo "--- parallax"
.build/release/parallax eval clustering "$file" --sweep --folds "$folds" --chooser "$chooser"
echo "--- baseline"
"$venv/bin/python" scripts/cluster-baseline.py "$file" --folds "$folds"
