#!/usr/bin/env bash
# Workers under faults, real processes against a real PostgreSQL (issue 16). COUNT generated
# articles are queued (`parallax ingest --queue`), three `parallax worker --drain` processes take
# them, and meanwhile, each at a random moment:
#   1. the worker holding the story assignment is SIGKILLed and started again;
#   2. the connection holding the assignment lock is dropped from outside (pg_terminate_backend);
#   3. another worker is SIGKILLed and not started again;
#   4. PostgreSQL is restarted (pg_ctl restart -m fast).
# The survivors must drain the queue (a killed worker's jobs are taken again when their lease runs
# out) and leave: every article stored once (id, text, URL), nothing not asked for, each with one
# current story and one analysis row, story counts matching their members, every brief current,
# no job failed, nothing left waiting; the assignment taken over at least once. Re-queuing queues
# nothing, and `parallax ingest` of the same file adds nothing.
#
# Usage: scripts/postgres-worker-check.sh [COUNT]     (default 300)
# Env:   PARALLAX (default .build/debug/parallax), SEED (default 1), LEASE (default 5 s); the
#        server is PARALLAX_TEST_POSTGRES_URL, else the one scripts/postgres-local.sh started
#        (the restart needs it: PARALLAX_PG_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-300}"
lease="${LEASE:-5}"
declare -A pids=()
source scripts/postgres-store-checks.sh
postgres_check_start postgres-worker-check .build/debug/parallax workers

fail() {
    echo "postgres-worker-check: FAILED — $*" >&2
    for log in "$work"/worker-*.err; do echo "--- $log" >&2; tail -5 "$log" >&2; done
    exit 1
}
# Faults come every few seconds; over a bigger queue, proportionally later, up to 5 times (a
# release build drains 10,000 articles in under four minutes here; later faults found every
# worker but the assignment holder already finished).
spread=$(python3 -c "print(max(1.0, min(5.0, $count / 300)))")
pause() { sleep "$(python3 -c "import random; print(f'{random.uniform($1, $2) * $spread:.2f}')")"; }
drained() { [ "$(sql "SELECT (SELECT count(*) FROM job WHERE state = 'queued') + (SELECT count(*) FROM analyzed_article)")" = 0 ]; }

python3 scripts/generate-articles.py --count "$count" --seed "${SEED:-1}" >"$work/articles.jsonl"
python3 -c "import json, sys; [print(json.loads(l)['id']) for l in open(sys.argv[1]) if l.strip()]" \
    "$work/articles.jsonl" | sort >"$work/expected-ids.txt"

echo "postgres-worker-check: $count articles, 3 workers, binary $parallax, lease $lease s, database $db"
started=$(date +%s)
"$parallax" ingest --db "$db" --queue "$work/articles.jsonl" >"$work/queue.out"
echo "  $(cat "$work/queue.out")"

start_worker() {
    "$parallax" worker --db "$db" --drain --lease "$lease" --name "w$1" >>"$work/worker-$1.out" 2>>"$work/worker-$1.err" &
    pids[$1]=$!
}
# The worker holding the story assignment: the last one whose log says it took it, since when
# it has not lost it.
holder() {
    for name in "${!pids[@]}"; do
        if [ "$(grep -E 'story assignment' "$work/worker-$name.err" | tail -1)" \
            = "parallax: w$name: holds the story assignment" ]; then
            echo "$name"
            return
        fi
    done
}
for name in 1 2 3; do start_worker "$name"; done

# 1. The assignment holder killed mid-run, and started again.
pause 2 4
victim=$(holder)
if [ -n "$victim" ] && ! drained; then
    kill -KILL "${pids[$victim]}"
    wait "${pids[$victim]}" 2>/dev/null || true
    echo "  fault 1: worker w$victim, holding the story assignment, SIGKILLed; started again"
    mv "$work/worker-$victim.err" "$work/worker-$victim.killed.err"
    start_worker "$victim"
else
    echo "  fault 1: skipped (no holder yet, or the queue was drained)"
fi

# 2. The connection holding the assignment lock dropped from outside.
pause 1 3
dropped=$(sql "SELECT count(pg_terminate_backend(pid)) FROM pg_locks
               WHERE locktype = 'advisory' AND objid = 3 AND objsubid = 2 AND granted")
echo "  fault 2: $dropped assignment-lock connection(s) terminated with pg_terminate_backend"

# 3. Another worker killed, not started again.
pause 1 3
# A worker still running, if any (one that drained its share and exited is not a fault).
killed=""
for name in 1 2 3; do
    [ "$name" = "$(holder)" ] && continue
    kill -0 "${pids[$name]}" 2>/dev/null || continue
    kill -KILL "${pids[$name]}"
    wait "${pids[$name]}" 2>/dev/null || true
    unset "pids[$name]"
    killed=$name
    echo "  fault 3: worker w$name SIGKILLed, not started again"
    break
done
[ -n "$killed" ] || echo "  fault 3: skipped (every worker but the assignment holder had finished)"

# 4. PostgreSQL restarted under the workers.
pause 1 3
if [ -f "${PARALLAX_PG_DIR:-/tmp/parallax-postgres}/url" ]; then
    scripts/postgres-local.sh restart
    echo "  fault 4: PostgreSQL restarted"
else
    echo "  fault 4: skipped (the server was not started by scripts/postgres-local.sh)"
fi

for name in "${!pids[@]}"; do
    wait "${pids[$name]}" || fail "worker w$name exited with an error"
    echo "  $(tail -1 "$work/worker-$name.out")"
done
pids=()
elapsed=$(($(date +%s) - started))

# The store afterwards.
problems=()
[ "$(sql "SELECT count(*) FROM article")" = "$count" ] || problems+=("$(sql "SELECT count(*) FROM article") articles, not $count")
store_problems
sql "SELECT id FROM article" | sort >"$work/stored-ids.txt"
cmp -s "$work/stored-ids.txt" "$work/expected-ids.txt" || problems+=("the stored articles are not the queued ones")
stale=$(stale_briefs)
[ "$stale" = 0 ] || problems+=("$stale stale briefs")
[ "$(sql "SELECT count(*) FROM job WHERE state <> 'done'")" = 0 ] || problems+=("jobs not done: $(sql "SELECT kind, state, last_error FROM job WHERE state <> 'done' LIMIT 3")")
[ "$(sql "SELECT count(*) FROM analyzed_article")" = 0 ] || problems+=("analyzed articles left unassigned")
takes=$(cat "$work"/worker-*.err | grep -c 'holds the story assignment' || true)
[ "$takes" -ge 2 ] || problems+=("the story assignment was never taken over ($takes takes)")
retaken=$(sql "SELECT count(*) FROM job WHERE attempts > 1")
[ "${#problems[@]}" = 0 ] || fail "$(printf '%s; ' "${problems[@]}")"

again=$("$parallax" ingest --db "$db" --queue "$work/articles.jsonl")
[[ "$again" = "queued 0 documents"* ]] || fail "re-queuing queued something: $again"
plain=$("$parallax" ingest --db "$db" --quiet "$work/articles.jsonl")
[[ "$plain" = "ingested 0 new articles"* ]] || fail "a plain ingest afterwards added articles: $plain"

stories=$(sql "SELECT count(*) FROM story WHERE article_count > 0")
echo "postgres-worker-check: passed in $elapsed s: $count articles each once in $stories stories, every brief" \
    "current; the assignment taken $takes times; $retaken jobs taken more than once; re-queue and re-ingest add nothing"
