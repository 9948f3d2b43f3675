#!/usr/bin/env bash
# Story clustering side by side: `parallax eval clustering` (with its settings sweep and
# cross-validation) and the scikit-learn baseline at its best threshold, on the same file.
# The baseline runs in a virtual environment in the git-ignored .venv-bench/.
# Usage: scripts/cluster-eval.sh [FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/eval/clustering/ecbplus-dev.jsonl}
[ -f "$file" ] || { echo "cluster-eval: $file not found (it lives in ../shared/eval/clustering)" >&2; exit 2; }
venv=.venv-bench
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check scikit-learn
fi
[ -x .build/release/parallax ] || swift build -c release --product parallax
echo "--- parallax"
.build/release/parallax eval clustering "$file" --sweep
echo "--- baseline"
"$venv/bin/python" scripts/cluster-baseline.py "$file"
