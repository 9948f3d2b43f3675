#!/usr/bin/env python3
"""Runs a command and, every 20 ms, counts its threads that are running or waiting for a core
(state R in /proc): where fewer than the cores are runnable, cores idle that the command could
use. Works on a loaded machine too (a preempted thread is still R). Prints the share of samples
with 0, 1, 2 and 3+ runnable threads, then the run in 40 steps: the mean count and the share of
samples under 2 (two cores). Linux only.

Usage: scripts/runnable-threads.py COMMAND [ARGS...]
Example: scripts/runnable-threads.py .build/release/parallax ingest --db /tmp/x.sqlite --quiet articles.jsonl
"""
import collections
import os
import subprocess
import sys
import time

process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
series = []
start = time.time()
while process.poll() is None:
    runnable = 0
    try:
        for thread in os.listdir(f"/proc/{process.pid}/task"):
            try:
                stat = open(f"/proc/{process.pid}/task/{thread}/stat").read()
            except OSError:
                continue
            if stat[stat.rindex(")") + 2] == "R":
                runnable += 1
    except OSError:
        break
    series.append((time.time() - start, runnable))
    time.sleep(0.02)
if not series:
    sys.exit("no samples")
counts = collections.Counter(min(n, 3) for _, n in series)
print("samples", len(series), {k: f"{100 * v / len(series):.1f}%" for k, v in sorted(counts.items())})
step = max(1, len(series) // 40)
for first in range(0, len(series), step):
    chunk = series[first:first + step]
    mean = sum(n for _, n in chunk) / len(chunk)
    under = sum(1 for _, n in chunk if n < 2) / len(chunk)
    print(f"{chunk[0][0]:7.1f}s mean {mean:4.2f} under2 {100 * under:5.1f}%")
