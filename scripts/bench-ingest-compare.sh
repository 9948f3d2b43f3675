#!/usr/bin/env bash
# Two builds of `parallax ingest` side by side in one run: COUNT generated articles into a fresh
# store, alternating A and B for RUNS rounds, wall clock and CPU time (user + system) per whole
# command (reading, analysis, clustering, transactions, briefs), with the load average at each
# start. Prints each run, the medians of each build and B's speed-up in wall and CPU time. On a
# loaded machine wall time follows CPU time; on an idle one it shows how well both cores are used.
#
# Usage: scripts/bench-ingest-compare.sh A_BINARY B_BINARY [COUNT] [RUNS]   (default 10000, 3)
# Example (the build before the one story pipeline against this one):
#   git worktree add ../baseline aa25b98 && (cd ../baseline && swift build -c release --product parallax)
#   swift build -c release --product parallax
#   scripts/bench-ingest-compare.sh ../baseline/.build/release/parallax .build/release/parallax
set -euo pipefail
cd "$(dirname "$0")/.."

a="$1"
b="$2"
count="${3:-10000}"
runs="${4:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-bench-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 scripts/generate-articles.py --count "$count" --seed 1 >"$work/articles.jsonl"
echo "parallax ingest of $count generated articles into a fresh store, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$a" "$b" "$work" "$runs" <<'PY'
import os, re, resource, statistics, subprocess, sys, time
a, b, work, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
times = {"A": [], "B": []}
cpu = {"A": [], "B": []}

def children_cpu():
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime

for run in range(runs):
    for label, binary in (("A", a), ("B", b)):
        db = os.path.join(work, f"{label}-{run}.sqlite")
        load = open("/proc/loadavg").read().split()[0]
        cpu_before = children_cpu()
        started = time.perf_counter()
        out = subprocess.run([binary, "ingest", "--db", db, "--quiet", os.path.join(work, "articles.jsonl")],
                             check=True, capture_output=True, text=True).stdout
        seconds = time.perf_counter() - started
        used = children_cpu() - cpu_before
        cpu[label].append(used)
        added = int(re.match(r"ingested (\d+) new", out).group(1))
        stories = re.search(r"into (\d+) stories", out).group(1)
        size = os.path.getsize(db) / 1048576
        times[label].append(seconds)
        print(f"run {run + 1} {label}: {added} articles in {seconds:.2f} s = {added / seconds:.0f} articles/s, "
              f"CPU {used:.2f} s ({used / seconds:.2f} cores), load {load}, {stories} stories, {size:.0f} MB  ({binary})",
              flush=True)
        for suffix in ("", "-wal", "-shm"):
            try: os.remove(db + suffix)
            except FileNotFoundError: pass
ma, mb = statistics.median(times["A"]), statistics.median(times["B"])
print(f"median A {ma:.2f} s, B {mb:.2f} s: B is {ma / mb:.2f}x as fast as A")
ca, cb = statistics.median(cpu["A"]), statistics.median(cpu["B"])
print(f"median CPU A {ca:.2f} s, B {cb:.2f} s: B uses {cb / ca:.2f}x A's CPU time")
print(f"load at the end {open('/proc/loadavg').read().split()[0]}")
PY
