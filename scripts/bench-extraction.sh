#!/usr/bin/env bash
# Side-by-side extraction speed: trafilatura 2.3.1 and `parallax extract` (release) over the same
# ScrapingHub benchmark pages, each one process over all pages, each pinned to the same one core,
# interleaved over ROUNDS rounds (trafilatura, then Parallax, in each) so that both see the same
# load on a shared machine; prints each round, the median ratio and the load average around it.
# Also prints our split between parsing and deciding (from `parallax eval extraction`).
# Usage: [ROUNDS=5] [CORE=0] scripts/bench-extraction.sh [BENCHMARK_FOLDER]   (default ../shared/eval/extraction/scrapinghub)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/eval/extraction/scrapinghub}"
if [ ! -f "$folder/ground-truth.json" ]; then
    echo "$folder/ground-truth.json is absent: nothing to benchmark" >&2
    exit 1
fi
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c "${CORE:-0}"); else echo "taskset not found: runs are not pinned" >&2; fi

venv=.venv-bench
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import trafilatura, sys; sys.exit(trafilatura.__version__ != "2.3.1")' >/dev/null 2>&1; then
    python3 -m venv "$venv"
    # lxml 5.2+ ships its HTML cleaner apart; trafilatura imports it.
    "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean
fi
swift build -c release --product parallax >/dev/null
binary=.build/release/parallax

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages"
for page in "$folder"/html/*.html.gz; do
    gunzip -c "$page" >"$work/pages/$(basename "$page" .gz)"
done
pages=$(find "$work/pages" -name '*.html' | wc -l)

cat >"$work/trafilatura-all.py" <<'PY'
import pathlib, sys, time
import trafilatura

started = time.perf_counter()
extracted = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    result = trafilatura.extract(path.read_bytes(), output_format="json", with_metadata=True)
    extracted += result is not None
print(f"trafilatura: {extracted} pages with text, {time.perf_counter() - started:.2f} s inside the loop", file=sys.stderr)
PY

# Whole-process wall and CPU seconds of one run.
measure() {
    local label="$1"
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "${pin[@]}" "$@" >"$work/$label.out" 2>"$work/$label.err"
    read -r wall user system peak <"$work/$label.time"
    awk -v label="$label" -v wall="$wall" -v user="$user" -v sys="$system" -v pages="$pages" -v peak="$peak" \
        'BEGIN { printf "%-12s %6.2f s wall  %6.2f s CPU  %7.1f pages/s  %6d KB peak\n", label, wall, user + sys, pages / wall, peak }' 
    echo "$wall" >"$work/$label.wall"
    awk -v user="$user" -v sys="$system" 'BEGIN { print user + sys }' >"$work/$label.cpu"
}

rounds="${ROUNDS:-5}"
echo "$pages pages from $folder, one process each, pinned: ${pin[*]:-no}, $rounds interleaved rounds"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# One warm-up run each, so neither pays for a cold file cache.
"$venv/bin/python" "$work/trafilatura-all.py" "$work/pages" 2>/dev/null
"$binary" extract "$work/pages" >/dev/null
for round in $(seq 1 "$rounds"); do
    measure "trafilatura" "$venv/bin/python" "$work/trafilatura-all.py" "$work/pages"
    measure "parallax" "$binary" extract "$work/pages" --format jsonl
    echo "$(cat "$work/trafilatura.wall") $(cat "$work/parallax.wall")" >>"$work/rounds"
    echo "$(cat "$work/trafilatura.cpu") $(cat "$work/parallax.cpu")" >>"$work/cpu-rounds"
    awk -v round="$round" -v theirs="$(cat "$work/trafilatura.wall")" -v ours="$(cat "$work/parallax.wall")" \
        'BEGIN { printf "round %d: speed ratio %.1fx\n", round, theirs / ours }'
done
cat "$work/trafilatura.err"
echo "parallax: $(wc -l <"$work/parallax.out") records"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Median of the per-round ratios, from wall seconds and from CPU seconds.
median_ratio() {
    awk '{ print $1 / $2 }' "$1" | sort -n | awk -v what="$2" '{ ratio[NR] = $1 } END {
        printf "speed ratio by %s (trafilatura / parallax), median of %d rounds: %.1fx (min %.1fx, max %.1fx)\n", what, NR, ratio[int((NR + 1) / 2)], ratio[1], ratio[NR] }'
}
median_ratio "$work/rounds" "wall seconds"
median_ratio "$work/cpu-rounds" "CPU seconds"
echo "parallax in-process, parsing vs deciding:"
"${pin[@]}" "$binary" eval extraction "$folder" --repetitions 5 | sed 's/^/  /'
