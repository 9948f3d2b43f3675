#!/usr/bin/env bash
# Latency of `parallax serve` (release) under concurrent load on loopback: the seed story's page
# and its API endpoint, each loaded by wrk (`wrk --latency`, from apt when absent) for DURATION
# with THREADS threads and CONNECTIONS connections; prints p50, p99 and requests/s.
# The load tool runs on the same machine as the server, so they share its cores.
#
# Usage: scripts/bench-serve.sh [DURATION] [THREADS] [CONNECTIONS]     (defaults: 15s 2 32)
# Env:   PARALLAX=path/to/parallax (default: build .build/release/parallax)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/serve-lib.sh

duration="${1:-15s}"
threads="${2:-2}"
connections="${3:-32}"
seed="../shared/corpus/seed-story"
[ -d "$seed" ] || { echo "bench-serve: skipped — the seed story ($seed) is absent"; exit 0; }

if ! command -v wrk >/dev/null; then
    case "$(uname -s)" in
    Linux)
        command -v apt-get >/dev/null || { echo "bench-serve: install wrk" >&2; exit 1; }
        sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
        ;;
    Darwin) brew install wrk ;;
    esac
fi

parallax="${PARALLAX:-.build/release/parallax}"
if [ -z "${PARALLAX:-}" ]; then swift build -c release --product parallax >/dev/null; fi
serve_work bench-serve

"$parallax" ingest --db "$work/news.sqlite" --quiet "$seed" >/dev/null
start_serve bench-serve "$parallax" "$work/news.sqlite" "$work"
story="$(python3 -c "
import json, sys, urllib.request
print(json.load(urllib.request.urlopen(sys.argv[1] + '/api/stories?order=biggest&limit=1'))['stories'][0]['id'])" "$base")"

echo "parallax serve, seed story $story, wrk -t$threads -c$connections -d$duration --latency, $(nproc 2>/dev/null || sysctl -n hw.ncpu) cores"
for path in "/stories/$story" "/api/stories/$story"; do
    bytes="$(python3 -c "import sys, urllib.request; print(len(urllib.request.urlopen(sys.argv[1]).read()))" "$base$path")"
    wrk -t"$threads" -c"$connections" -d2s "$base$path" >/dev/null # warm-up
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path" >"$work/wrk.out"
    python3 - "$path" "$bytes" "$work/wrk.out" <<'PY'
import re, sys
path, size, text = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read()
def percentile(p): return re.search(rf"^\s*{p}%\s+(\S+)", text, re.M).group(1)
rate = re.search(r"Requests/sec:\s+(\S+)", text).group(1)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", text)
print(f"  {path} ({size / 1024:.0f} KB): p50 {percentile(50)}, p99 {percentile(99)}, {float(rate):.0f} requests/s"
      + (f"  [{errors.group(0)}]" if errors else ""))
PY
done
