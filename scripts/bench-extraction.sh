#!/usr/bin/env bash
# Side-by-side extraction speed: trafilatura 2.3.1 and `parallax extract` (release) over the same
# ScrapingHub benchmark pages, each one process over all pages, each pinned to one core.
# Also prints our split between parsing and deciding (from `parallax eval extraction`).
# Usage: scripts/bench-extraction.sh [BENCHMARK_FOLDER]   (default ../shared/eval/extraction/scrapinghub)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/eval/extraction/scrapinghub}"
if [ ! -f "$folder/ground-truth.json" ]; then
    echo "$folder/ground-truth.json is absent: nothing to benchmark" >&2
    exit 1
fi
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); else echo "taskset not found: runs are not pinned" >&2; fi

venv=.venv-bench
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import trafilatura, sys; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1"
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
    printf '%-12s %6.2f s wall  %6.2f s CPU  %7.1f pages/s  %6d KB peak\n' "$label" "$wall" \
        "$(echo "$user + $system" | bc)" "$(echo "$pages / $wall" | bc -l)" "$peak"
    echo "$wall" >"$work/$label.wall"
}

echo "$pages pages from $folder, one process each, pinned: ${pin[*]:-no}"
# One warm-up run each, so neither pays for a cold file cache.
"$venv/bin/python" "$work/trafilatura-all.py" "$work/pages" 2>/dev/null
"$binary" extract "$work/pages" >/dev/null
measure trafilatura "$venv/bin/python" "$work/trafilatura-all.py" "$work/pages"
measure parallax "$binary" extract "$work/pages" --format jsonl
cat "$work/trafilatura.err"
echo "parallax: $(wc -l <"$work/parallax.out") records"
printf 'speed ratio (parallax / trafilatura, pages/s): %.1fx\n' \
    "$(echo "$(cat "$work/trafilatura.wall") / $(cat "$work/parallax.wall")" | bc -l)"
echo "parallax in-process, parsing vs deciding:"
"${pin[@]}" "$binary" eval extraction "$folder" --repetitions 5 | sed 's/^/  /'
