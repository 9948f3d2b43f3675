#!/usr/bin/env bash
# Story clustering at scale: generates streams of 10k, 100k and 1M articles (cached in the
# git-ignored .bench/clustering/, keyed by the generator's hash), runs `parallax bench cluster`
# (release) pinned to one core, and prints articles per second, µs per article, its ratio to
# the smallest run, peak memory and BCubed F1 against the generator's gold events.
# Usage: scripts/bench-cluster.sh [COUNT...]   (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000 1000000)
seed=1
cache=.bench/clustering
mkdir -p "$cache"
swift build -c release --product parallax >/dev/null 2>&1 || swift build -c release --product parallax
binary=.build/release/parallax
generator=$(sha1sum scripts/generate-articles.py | cut -c1-10)
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
[ -x /usr/bin/time ] || { echo "bench-cluster: needs GNU time at /usr/bin/time for peak memory" >&2; exit 2; }

rows=()
base=""
for count in "${counts[@]}"; do
    articles="$cache/articles-$count-seed$seed-$generator.jsonl"
    gold="$cache/gold-$count-seed$seed-$generator.jsonl"
    if [ ! -s "$articles" ] || [ ! -s "$gold" ]; then
        echo "generating $count articles..." >&2
        start=$(date +%s)
        python3 scripts/generate-articles.py --count "$count" --seed "$seed" --gold "$gold.part" >"$articles.part"
        mv "$gold.part" "$gold"
        mv "$articles.part" "$articles"
        echo "  $(($(date +%s) - start)) s, $(du -h "$articles" | cut -f1)" >&2
    fi
    out="$cache/run-$count.txt"
    /usr/bin/time -v -o "$cache/time-$count.txt" "${pin[@]}" "$binary" bench cluster "$articles" --gold "$gold" >"$out"
    cat "$out" >&2
    peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$cache/time-$count.txt")
    row=$(python3 - "$out" "$count" "$peak_kb" "${base:-0}" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
count, peak_kb, base = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
seconds = float(re.search(r"clustering ([\d.]+) s", text).group(1))
featurizing = float(re.search(r"featurizing ([\d.]+) s", text).group(1))
assigning = float(re.search(r"assigning ([\d.]+) s", text).group(1))
stories = int(re.search(r"stories (\d+)", text).group(1))
f1 = re.search(r"BCubed P [\d.]+ R [\d.]+ F1 ([\d.]+)", text)
us = 1e6 * seconds / count
print(f"{count}|{seconds:.2f}|{featurizing:.2f}|{assigning:.2f}|{count / seconds:,.0f}|{us:.1f}|"
      f"{us / base if base else 1:.2f}|{stories}|{peak_kb / 1024:,.0f}|{f1.group(1) if f1 else '-'}|{us}")
PY
)
    [ -n "$base" ] || base=${row##*|}
    rows+=("${row%|*}")
done

echo
echo "| articles | seconds | featurizing s | assigning s | articles/s | µs/article | × 10k µs/article | stories | peak MB | BCubed F1 |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
