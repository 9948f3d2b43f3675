#!/usr/bin/env bash
# Extraction speed on a shared machine, by CPU seconds: trafilatura 2.3.1 (CPU seconds of its loop
# over the pages, read beforehand) and Parallax's ParallaxWeb in release (scripts/extraction-eval.sh's
# small package; CPU seconds of a process extracting every page six times minus one extracting them
# once, so reading, decompressing and scoring cancel out), interleaved over ROUNDS rounds, both
# pinned to the same core. CPU seconds hold under load where wall seconds do not; the load average
# is printed. scripts/bench-extraction.sh measures whole `parallax extract` processes by wall time.
# Usage: [ROUNDS=3] [CORE=0] scripts/bench-extraction-cpu.sh   (pages from ../shared/eval/extraction/scrapinghub)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=../shared/eval/extraction/scrapinghub
if [ ! -f "$folder/ground-truth.json" ]; then
    echo "$folder/ground-truth.json is absent: nothing to benchmark" >&2
    exit 1
fi
venv=.venv-bench
if ! "$venv/bin/python" -c 'import trafilatura, sys; sys.exit(trafilatura.__version__ != "2.3.1")' >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean
fi
scripts/extraction-eval.sh build >/dev/null
binary="${PKG:-/tmp/web-pkg-$(basename "$PWD")}/.build/release/web-eval"
pin=(taskset -c "${CORE:-0}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages"
for page in "$folder"/html/*.html.gz; do gunzip -c "$page" >"$work/pages/$(basename "$page" .gz)"; done
pages=$(find "$work/pages" -name '*.html' | wc -l)
cat >"$work/trafilatura-cpu.py" <<'PY'
import pathlib, sys, time
import trafilatura

pages = [path.read_bytes() for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html"))]
started = time.process_time()
for html in pages:
    trafilatura.extract(html, output_format="json", with_metadata=True)
print(f"{time.process_time() - started:.3f}")
PY
echo "$pages pages, ${ROUNDS:-3} interleaved rounds, pinned: ${pin[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for round in $(seq 1 "${ROUNDS:-3}"); do
    theirs=$("${pin[@]}" "$venv/bin/python" "$work/trafilatura-cpu.py" "$work/pages")
    /usr/bin/time -f "%U %S" -o "$work/once" "${pin[@]}" "$binary" extraction 1 >/dev/null
    /usr/bin/time -f "%U %S" -o "$work/six" "${pin[@]}" "$binary" extraction 6 >/dev/null
    read -r user1 system1 <"$work/once"
    read -r user6 system6 <"$work/six"
    awk -v round="$round" -v pages="$pages" -v theirs="$theirs" -v once="$(echo "$user1 + $system1" | bc)" \
        -v six="$(echo "$user6 + $system6" | bc)" 'BEGIN {
        ours = (six - once) / 5
        printf "round %d: trafilatura %.1f pages/s CPU, parallax %.1f pages/s CPU, ratio %.1fx\n", round, pages / theirs, pages / ours, theirs / ours }' |
        tee -a "$work/rounds"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ print $NF }' "$work/rounds" | tr -d x | sort -n | awk '{ ratio[NR] = $1 } END {
    printf "speed ratio by CPU seconds (trafilatura / parallax), median of %d rounds: %.1fx (min %.1fx, max %.1fx)\n", NR, ratio[int((NR + 1) / 2)], ratio[1], ratio[NR] }'
