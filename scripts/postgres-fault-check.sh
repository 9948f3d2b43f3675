#!/usr/bin/env bash
# Faults on real processes against a real PostgreSQL (issue 16): several `parallax ingest`
# processes over one database, some killed with SIGKILL at random moments, then PostgreSQL
# restarted in the middle of an ingest. After each fault the store is checked:
#   - no article stored twice (id, text, canonical URL), none that was not asked for;
#   - every article has exactly one current story and one analysis row; story counts match;
# and at the end a re-run must hold exactly every article, each once, every brief current (a story
# the second pass emptied by a merge needs none), and
# one more re-run adds nothing. Then two `parallax serve` processes on the database take
# articles through POST /api/articles and reads at once, and one is SIGKILLed mid-requests: the
# other must answer every read and write, and what the dead one was given is posted again
# through the other (as a client behind a load balancer would); every article is then stored
# once and every brief is current.
#
# Usage: scripts/postgres-fault-check.sh [COUNT]      (default 2000: COUNT for the kills, COUNT
#                                                      more for the restart)
# Env:   PARALLAX (default .build/release/parallax), SEED (default 1), SERVED (articles posted
#        to the two servers, default 40); the server is
#        PARALLAX_TEST_POSTGRES_URL, else the one scripts/postgres-local.sh started (which the
#        restart needs: PARALLAX_PG_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-2000}"
pids=()
source scripts/postgres-store-checks.sh
postgres_check_start postgres-fault-check .build/release/parallax fault

served="${SERVED:-40}"
python3 scripts/generate-articles.py --count $((count * 2 + served)) --seed "${SEED:-1}" >"$work/generated.jsonl"
head -n $((count * 2)) "$work/generated.jsonl" >"$work/all.jsonl"
tail -n +$((count * 2 + 1)) "$work/generated.jsonl" >"$work/served.jsonl"
head -n "$count" "$work/all.jsonl" >"$work/first.jsonl"
tail -n +"$((count + 1))" "$work/all.jsonl" >"$work/second.jsonl"

random() { python3 -c "import random; print(f'{random.${1}:.2f}')"; }

# Checks the invariants; prints the number of stored articles, or fails naming what is wrong.
check() {
    local expected_ids="$1" problems=()
    local articles
    articles=$(sql "SELECT count(*) FROM article")
    store_problems
    sql "SELECT id FROM article" | sort >"$work/stored.txt"
    [ -z "$(comm -23 "$work/stored.txt" "$expected_ids")" ] || problems+=("articles that were not asked for")
    if [ "${#problems[@]}" -gt 0 ]; then
        printf 'postgres-fault-check: FAILED — %s\n' "${problems[@]}" >&2
        return 1
    fi
    echo "$articles"
}

jq_ids() { python3 -c "import json, sys; [print(json.loads(l)['id']) for l in open(sys.argv[1]) if l.strip()]" "$1" | sort; }
jq_ids "$work/first.jsonl" >"$work/first-ids.txt"
jq_ids "$work/all.jsonl" >"$work/all-ids.txt"
jq_ids "$work/generated.jsonl" >"$work/generated-ids.txt"

echo "postgres-fault-check: $count + $count articles (+ $served through two servers), binary $parallax, database $db"
started=$(date +%s)

# 1. Three ingests of the same articles at once; two killed with SIGKILL at random moments.
for _ in 1 2 3; do
    "$parallax" ingest --db "$db" --quiet --batch-size 100 "$work/first.jsonl" >>"$work/ingest.out" 2>>"$work/ingest.err" &
    pids+=($!)
done
for victim in 0 1; do
    sleep "$(random "uniform(1.0, 6.0)")"
    if kill -KILL "${pids[$victim]}" 2>/dev/null; then state="killed"; else state="had finished"; fi
    wait "${pids[$victim]}" 2>/dev/null || true
    echo "  ingest $((victim + 1)) of 3: $state"
done
wait "${pids[2]}" || { echo "postgres-fault-check: FAILED — the surviving ingest failed: $(cat "$work/ingest.err")" >&2; exit 1; }
pids=()
now=$(check "$work/first-ids.txt") || exit 1
echo "  after the kills: $now articles, each once, store consistent"
[ "$now" = "$count" ] || { echo "postgres-fault-check: FAILED — the surviving ingest stored $now of $count" >&2; exit 1; }

# 2. PostgreSQL restarted in the middle of an ingest: it fails or finishes, never half-writes.
if [ -f "${PARALLAX_PG_DIR:-/tmp/parallax-postgres}/url" ]; then
    "$parallax" ingest --db "$db" --quiet --batch-size 100 "$work/second.jsonl" >"$work/restart.out" 2>"$work/restart.err" &
    pids=($!)
    sleep "$(random "uniform(1.0, 4.0)")"
    scripts/postgres-local.sh restart
    if wait "${pids[0]}"; then state="finished"; else state="failed: $(tail -1 "$work/restart.err")"; fi
    pids=()
    now=$(check "$work/all-ids.txt") || exit 1
    echo "  PostgreSQL restarted mid-ingest; the ingest $state; $now articles, store consistent"
else
    echo "  (no restart: the server was not started by scripts/postgres-local.sh)"
fi

# 3. A re-run finishes the job; another adds nothing.
summary=$("$parallax" ingest --db "$db" --quiet "$work/all.jsonl")
echo "  re-run: $summary"
final=$(check "$work/all-ids.txt") || exit 1
stale=$(stale_briefs)
again=$("$parallax" ingest --db "$db" --quiet "$work/all.jsonl")
if [ "$final" != $((count * 2)) ] || [ "$stale" != 0 ] || [[ "$again" != "ingested 0 new articles"* ]]; then
    echo "postgres-fault-check: FAILED — $final articles (want $((count * 2))), $stale stale briefs; again: $again" >&2
    exit 1
fi
echo "  re-run again: $again"

# 4. Two servers on the database taking writes and reads; one SIGKILLed mid-requests.
source scripts/postgres-serve-faults.sh
serve_with_a_kill || exit 1
final=$(check "$work/generated-ids.txt") || exit 1
stale=$(stale_briefs)
if [ "$final" != $((count * 2 + served)) ] || [ "$stale" != 0 ]; then
    echo "postgres-fault-check: FAILED — after the servers: $final articles (want $((count * 2 + served))), $stale stale briefs" >&2
    exit 1
fi
echo "postgres-fault-check: passed in $(($(date +%s) - started)) s: $final articles, each once, every brief current"
