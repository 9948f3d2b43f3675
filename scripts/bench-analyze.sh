#!/usr/bin/env bash
# Analysis throughput: runs `parallax bench analyze` (release build) pinned to one core on
#  (a) 10,000 real news articles: the 924 PolNeAR texts of ../shared/eval/quotes/polnear-dev.jsonl.gz
#      repeated with distinct ids (read at run time; skipped with a message when ../shared is absent);
#  (b) 10,000 generated articles from scripts/generate-articles.py.
# Inputs are cached in the git-ignored .bench/analysis/. Prints articles/s, µs/article, words/article
# (the analyzer's word tokens, so the rate is honest about article length) and peak memory.
# Usage: scripts/bench-analyze.sh [COUNT]   (default: 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
seed=1
cache=.bench/analysis
mkdir -p "$cache"
swift build -c release --product parallax >/dev/null 2>&1 || swift build -c release --product parallax
binary=.build/release/parallax
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -v -o "$cache/time.txt")

sets=()
polnear=../shared/eval/quotes/polnear-dev.jsonl.gz
if [ -s "$polnear" ]; then
    articles="$cache/polnear-$count.jsonl"
    if [ ! -s "$articles" ] || [ "$polnear" -nt "$articles" ]; then
        python3 - "$polnear" "$count" >"$articles.part" <<'PY'
import gzip, json, sys
path, count = sys.argv[1], int(sys.argv[2])
with gzip.open(path, "rt", encoding="utf-8") as lines:
    texts = [(record["id"], record["text"]) for record in map(json.loads, lines) if record.get("text")]
for number in range(count):
    identifier, text = texts[number % len(texts)]
    print(json.dumps({"id": f"{identifier}#{number // len(texts)}", "text": text}, ensure_ascii=False))
PY
        mv "$articles.part" "$articles"
    fi
    sets+=("polnear:$articles")
else
    echo "bench-analyze: $polnear is absent; skipping the PolNeAR set (real articles)" >&2
fi
generator=$(sha1sum scripts/generate-articles.py | cut -c1-10)
articles="$cache/generated-$count-seed$seed-$generator.jsonl"
if [ ! -s "$articles" ]; then
    python3 scripts/generate-articles.py --count "$count" --seed "$seed" >"$articles.part"
    mv "$articles.part" "$articles"
fi
sets+=("generated:$articles")

rows=()
for entry in "${sets[@]}"; do
    name=${entry%%:*}
    file=${entry#*:}
    out="$cache/run-$name.txt"
    "${timer[@]}" "${pin[@]}" "$binary" bench analyze "$file" >"$out"
    echo "$name: $(cat "$out")" >&2
    peak="-"
    [ ${#timer[@]} -gt 0 ] && peak=$(($(sed -n 's/.*Maximum resident set size (kbytes): //p' "$cache/time.txt") / 1024))
    rows+=("$(python3 - "$out" "$name" "$peak" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def number(pattern): return float(re.search(pattern, text).group(1))
articles, words = int(number(r"articles (\d+)")), int(number(r"words (\d+)"))
seconds = number(r"analysis ([\d.]+) s")
print(f"{sys.argv[2]}|{articles:,}|{words / articles:,.0f}|{seconds:.2f}|{articles / seconds:,.0f}|"
      f"{1e6 * seconds / articles:,.0f}|{words / seconds:,.0f}|{sys.argv[3]}")
PY
)")
done

echo
echo "| set | articles | words/article | seconds | articles/s | µs/article | words/s | peak MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
