#!/usr/bin/env bash
# Ingest throughput into the store (release build): COUNT generated articles into a fresh
# database, then 1,000 more into that populated store, and the seed story (where ../shared is
# present) into a fresh database, best of 3. Times are wall clock for the whole command (reading,
# analysis, clustering, transactions, briefs); articles/s = articles added / wall time.
#
# Usage: scripts/bench-ingest.sh [COUNT]        (default 10000)
# Env:   PARALLAX=path/to/parallax (default: build .build/release/parallax)
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
parallax="${PARALLAX:-.build/release/parallax}"
if [ -z "${PARALLAX:-}" ]; then swift build -c release --product parallax >/dev/null; fi
work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-bench-ingest.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# ingest LABEL DB INPUT: runs one ingest and prints its wall time, articles added and articles/s.
ingest() {
    python3 - "$1" "$parallax" "$2" "$3" <<'PY'
import re, subprocess, sys, time
label, binary, db, source = sys.argv[1:5]
started = time.perf_counter()
out = subprocess.run([binary, "ingest", "--db", db, "--quiet", source], check=True, capture_output=True, text=True).stdout
seconds = time.perf_counter() - started
added = int(re.match(r"ingested (\d+) new", out).group(1))
stories = re.search(r"into (\d+) stories", out).group(1)
print(f"{label}: {added} articles in {seconds:.2f} s = {added / seconds:.0f} articles/s (stories changed: {stories})")
PY
}

python3 scripts/generate-articles.py --count "$count" --seed 1 >"$work/articles.jsonl"
python3 scripts/generate-articles.py --count 1000 --seed 2 --start 2026-03-10 >"$work/more.jsonl"
echo "parallax ingest, $(nproc 2>/dev/null || sysctl -n hw.ncpu) cores, $parallax"
ingest "$count generated articles, fresh store" "$work/news.sqlite" "$work/articles.jsonl"
ingest "1000 more into that store" "$work/news.sqlite" "$work/more.jsonl"
ls -l "$work/news.sqlite" | awk '{printf "  store: %.1f MB\n", $5 / 1048576}'

seed="../shared/corpus/seed-story"
if [ -d "$seed" ]; then
    for run in 1 2 3; do
        ingest "seed story, fresh store (run $run)" "$work/seed-$run.sqlite" "$seed"
    done
else
    echo "seed story: skipped ($seed is absent)"
fi
