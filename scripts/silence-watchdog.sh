#!/usr/bin/env bash
# Usage: scripts/silence-watchdog.sh LOG SECONDS PATTERN
#
# Watches LOG while a run writes to it. When it has not grown for SECONDS while a process
# matching PATTERN (pgrep -f) runs, prints where that process and the `parallax` processes it
# started stand (the stack frames of Parallax's own code, through gdb where it is installed)
# and kills them, so that a hung run ends with a diagnosis instead of running out CI's time.
# CI starts it beside `make test`; it exits when killed or after acting once.
set -uo pipefail
log=$1 seconds=$2 pattern=$3
last=-1 quiet=0
while sleep 15; do
    size=$(stat -c %s "$log" 2>/dev/null || echo 0)
    if [ "$size" != "$last" ]; then last=$size quiet=0; continue; fi
    quiet=$((quiet + 15))
    [ "$quiet" -ge "$seconds" ] || continue
    pids=$(for pid in $(pgrep -f "$pattern"); do
        grep -q silence-watchdog "/proc/$pid/cmdline" 2>/dev/null || echo "$pid"
    done)
    [ -n "$pids" ] || continue
    echo "--- silence-watchdog: $log silent for $quiet s; where the run stands:"
    for pid in $pids $(pgrep -f "/parallax (ingest|worker|watch|serve|stories|brief|digest)"); do
        echo "== $pid: $(tr '\0' ' ' </proc/"$pid"/cmdline 2>/dev/null | cut -c1-240)"
        if command -v gdb >/dev/null; then
            timeout 60 gdb -p "$pid" -batch -ex "thread apply all bt 30" 2>/dev/null |
                grep -E "^Thread|Parallax|parallax|Tests" | grep -v "^\[" | cut -c1-240 | head -80
        fi
    done
    echo "--- silence-watchdog: killing the run"
    kill -9 $pids 2>/dev/null
    exit 0
done
