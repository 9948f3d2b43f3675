#!/usr/bin/env bash
# A worker on another "host" cut off from PostgreSQL by a network partition (issue 16), which one
# host cannot show: a killed process's connections close at once, a partitioned one's do not.
# The worker runs in a network namespace (ip netns) reaching PostgreSQL over a veth pair; once
# it holds the story assignment, the link is cut (ip link set down) and it keeps running. A
# worker on this host must take the assignment over and drain the queue: PostgreSQL has to notice
# the silent peer (TCP keepalive and user timeout, set per session by Parallax) and end its
# session, releasing its locks and rolling back its transaction.
#
# Usage: scripts/postgres-partition-check.sh [COUNT]   (default 400; root, for ip netns)
# Env:   PARALLAX (default .build/debug/parallax). Starts its own PostgreSQL (postgres-local.sh),
#        listening on 127.0.0.1 and the veth address. Not in CI: it needs root and netns.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-400}"
parallax="${PARALLAX:-.build/debug/parallax}"
[ -x "$parallax" ] || { echo "postgres-partition-check: $parallax not built" >&2; exit 1; }
ip netns add plx-partition-probe 2>/dev/null && ip netns del plx-partition-probe \
    || { echo "postgres-partition-check: skipped: ip netns needs root (and a kernel that allows it)" >&2; exit 0; }

namespace="plx-worker-$$"
host_end="plxh$$"
worker_end="plxw$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-pg-partition.XXXXXX")"
export PARALLAX_PG_DIR="${TMPDIR:-/tmp}/parallax-pg-partition-$$" PARALLAX_PG_ALSO_LISTEN=10.77.0.1
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    ip netns pids "$namespace" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
    ip link del "$host_end" 2>/dev/null || true
    ip netns del "$namespace" 2>/dev/null || true
    scripts/postgres-local.sh stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "postgres-partition-check: FAILED — $*" >&2
    for log in "$work"/*.err; do echo "--- $log" >&2; tail -5 "$log" >&2; done
    exit 1
}

ip netns add "$namespace"
ip link add "$host_end" type veth peer name "$worker_end"
ip link set "$worker_end" netns "$namespace"
ip addr add 10.77.0.1/24 dev "$host_end"
ip link set "$host_end" up
ip netns exec "$namespace" ip addr add 10.77.0.2/24 dev "$worker_end"
ip netns exec "$namespace" ip link set "$worker_end" up
ip netns exec "$namespace" ip link set lo up

server=$(scripts/postgres-local.sh start 2>"$work/postgres-start.err") || { cat "$work/postgres-start.err" >&2; exit 1; }
port=${server##*:}
port=${port%%/*}
db="${server%/*}/parallax_partition"
remote_db="postgres://postgres@10.77.0.1:$port/parallax_partition"
source scripts/postgres-store-checks.sh

python3 scripts/generate-articles.py --count "$count" --seed 5 >"$work/articles.jsonl"
"$parallax" ingest --db "$db" --queue "$work/articles.jsonl" >/dev/null
echo "postgres-partition-check: $count articles, worker 'remote' in namespace $namespace via 10.77.0.1"
started=$(date +%s)
ip netns exec "$namespace" "$parallax" worker --db "$remote_db" --lease 5 --name remote \
    >"$work/remote.out" 2>"$work/remote.err" &
pids+=($!)
remote=$!
for _ in $(seq 1 600); do grep -q "holds the story assignment" "$work/remote.err" && break; sleep 0.2; done
grep -q "holds the story assignment" "$work/remote.err" || fail "the remote worker never held the assignment"
sleep 2
ip link set "$host_end" down
cut=$(date +%s)
echo "  partition: the link cut at $((cut - started)) s, the remote worker holding the story assignment"
"$parallax" worker --db "$db" --drain --lease 5 --name local >"$work/local.out" 2>"$work/local.err" &
pids+=($!)
local_worker=$!
deadline=$((cut + 240))
while kill -0 "$local_worker" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 1; done
kill -0 "$local_worker" 2>/dev/null && fail "the local worker did not drain the queue within 240 s of the cut"
wait "$local_worker" || fail "the local worker failed"
took=$(grep -m1 "holds the story assignment" "$work/local.err" >/dev/null && echo yes || echo no)
kill -0 "$remote" 2>/dev/null || fail "the remote worker stopped (it should keep running, cut off)"
drained=$(($(date +%s) - cut))

problems=()
[ "$took" = yes ] || problems+=("the local worker never held the story assignment")
articles=$(sql "SELECT count(*) FROM article")
[ "$articles" = "$count" ] || problems+=("$articles articles stored, not $count")
store_problems
[ "$(stale_briefs)" = 0 ] || problems+=("stale briefs")
[ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE client_addr = '10.77.0.2'")" = 0 ] \
    || problems+=("the cut-off worker's sessions are still open")
[ ${#problems[@]} = 0 ] || fail "${problems[*]}"
echo "postgres-partition-check: passed: the local worker took the assignment over and drained the queue" \
    "$drained s after the cut ($count articles, each once, briefs current; the remote worker still running)"
