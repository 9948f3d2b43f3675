#!/usr/bin/env bash
# Articles per second, in one run, on one machine (issue 16): the SQLite ingest, one PostgreSQL
# `ingest`, and 1, 2 and 4 `parallax worker --drain` processes over one PostgreSQL, each on a
# new store, given the same COUNT generated articles. Queuing them (`ingest --queue`) is timed
# apart and not counted in the workers' rate. Prints a table with each rate as a ratio of
# SQLite's.
#
# Usage: scripts/bench-postgres.sh [COUNT] [ROUNDS]    (default 2000 articles, 1 round; with
#                                                        several rounds the median rate is shown)
# Env:   PARALLAX (default .build/release/parallax); the server is PARALLAX_TEST_POSTGRES_URL,
#        else the one scripts/postgres-local.sh started.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-2000}"
rounds="${2:-1}"
parallax="${PARALLAX:-.build/release/parallax}"
[ -x "$parallax" ] || { echo "bench-postgres: $parallax not built" >&2; exit 1; }
server="${PARALLAX_TEST_POSTGRES_URL:-$(scripts/postgres-local.sh url)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-bench-pg.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 scripts/generate-articles.py --count "$count" --seed 11 >"$work/articles.jsonl"
now() { python3 -c 'import time; print(time.time())'; }
rate() { python3 -c "print(f'{$count / ($2 - $1):.1f}')"; }
median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Each measurement as it is made (stderr), so a cut run still says what it measured.
record() {
    rates[$1]+="$2 "
    echo "  round $round: $1 $2 articles/s" >&2
}

declare -A rates=()
fresh() { echo "${server%/*}/parallax_bench_$$_$1"; }
for round in $(seq "$rounds"); do
    rm -f "$work"/store.sqlite*
    start=$(now)
    "$parallax" ingest --db "$work/store.sqlite" --quiet "$work/articles.jsonl" >/dev/null
    record sqlite "$(rate "$start" "$(now)")"

    db=$(fresh "ingest_$round")
    start=$(now)
    "$parallax" ingest --db "$db" --quiet "$work/articles.jsonl" >/dev/null
    record ingest "$(rate "$start" "$(now)")"

    for workers in 1 2 4; do
        db=$(fresh "w${workers}_$round")
        start=$(now)
        "$parallax" ingest --db "$db" --queue "$work/articles.jsonl" >/dev/null
        queued=$(now)
        record queue "$(rate "$start" "$queued")"
        pids=()
        for n in $(seq "$workers"); do
            "$parallax" worker --db "$db" --drain --name "bench$n" >/dev/null 2>"$work/worker-$n.err" &
            pids+=($!)
        done
        for pid in "${pids[@]}"; do wait "$pid"; done
        record "w$workers" "$(rate "$queued" "$(now)")"
        stored=$(psql "$db" -XAtq -c "SELECT count(*) FROM article")
        [ "$stored" = "$count" ] || { echo "bench-postgres: $workers workers stored $stored of $count" >&2; exit 1; }
    done
done

sqlite=$(echo "${rates[sqlite]}" | median)
echo "bench-postgres: $count generated articles, $rounds round(s), $(nproc) cores, binary $parallax"
printf '%-42s %10s %10s\n' "" "articles/s" "vs SQLite"
row() { printf '%-42s %10s %9sx\n' "$1" "$2" "$(python3 -c "print(f'{$2 / $sqlite:.2f}')")"; }
row "SQLite: parallax ingest" "$sqlite"
row "PostgreSQL: parallax ingest" "$(echo "${rates[ingest]}" | median)"
row "PostgreSQL: ingest --queue (queuing only)" "$(echo "${rates[queue]}" | median)"
for workers in 1 2 4; do row "PostgreSQL: $workers worker(s)" "$(echo "${rates[w$workers]}" | median)"; done
