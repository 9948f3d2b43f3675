# Two `parallax serve` processes on one PostgreSQL database, one SIGKILLed mid-requests
# (issue 16: stateless servers side by side). Sourced by postgres-fault-check.sh, which defines
# $parallax, $db, $work (with served.jsonl: articles to post), the array `pids` its cleanup
# kills.
#
# Both servers take POST /api/articles (one article a request, half each) while a reader asks
# the second for /api/stories every 0.2 s; the first is SIGKILLed mid-stream, after a random
# number of its posts. The second must answer every read and every write; the articles the
# first failed to take are then posted through the second, which must take them (a client
# retrying elsewhere).

# The address a server printed ("serving http://127.0.0.1:PORT/"), waiting up to 60 s.
served_address() {
    local _
    for _ in $(seq 600); do
        if grep -qo 'http://[^ ]*/' "$1" 2>/dev/null; then grep -o 'http://[^ ]*/' "$1" | head -1; return; fi
        sleep 0.1
    done
    echo "postgres-fault-check: FAILED — a server did not start: $(cat "${1%.out}.err")" >&2
    return 1
}

# Posts each line of $2 to server $1 as one article; writes "STATUS ID" lines to $3.
post_articles() {
    local line id code
    while IFS= read -r line; do
        id=$(grep -o '"id": *"[^"]*"' <<<"$line" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
        code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 300 -X POST \
            -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            --data-binary "$line" "${1}api/articles" 2>/dev/null) || code=000
        echo "$code $id" >>"$3"
    done <"$2"
}

# Asks server $1 for the story list until $work/stop-reading exists; one status a line in $2.
read_stories() {
    while [ ! -f "$work/stop-reading" ]; do
        curl -sS -o /dev/null -w '%{http_code}\n' --max-time 60 "${1}api/stories" >>"$2" 2>/dev/null \
            || echo 000 >>"$2"
        sleep 0.2
    done
}

serve_with_a_kill() {
    local step_started
    step_started=$(date +%s)
    token=$("$parallax" token create --db "$db" --role editor --label fault-check 2>/dev/null)
    "$parallax" serve --db "$db" --port 0 >"$work/serve-1.out" 2>"$work/serve-1.err" &
    local first_server=$!
    "$parallax" serve --db "$db" --port 0 >"$work/serve-2.out" 2>"$work/serve-2.err" &
    local second_server=$!
    pids+=("$first_server" "$second_server")
    local one other
    one=$(served_address "$work/serve-1.out") || return 1
    other=$(served_address "$work/serve-2.out") || return 1
    awk 'NR % 2 == 1' "$work/served.jsonl" >"$work/served-1.jsonl"
    awk 'NR % 2 == 0' "$work/served.jsonl" >"$work/served-2.jsonl"
    : >"$work/posts-1.txt"
    : >"$work/posts-2.txt"
    : >"$work/reads-2.txt"
    rm -f "$work/stop-reading"

    post_articles "$one" "$work/served-1.jsonl" "$work/posts-1.txt" &
    local poster_one=$!
    post_articles "$other" "$work/served-2.jsonl" "$work/posts-2.txt" &
    local poster_other=$!
    read_stories "$other" "$work/reads-2.txt" &
    local reader=$!
    # Killed once it has answered a random number of its posts (at least 2, at most all but
    # 2), so the kill falls mid-stream whatever the binary's speed.
    local half answered=0 taken_before
    half=$(wc -l <"$work/served-1.jsonl")
    local target
    target=$(python3 -c "import random; print(random.randint(2, max(2, $half - 2)))")
    for _ in $(seq 3000); do
        answered=$(wc -l <"$work/posts-1.txt")
        [ "$answered" -ge "$target" ] && break
        sleep 0.1
    done
    taken_before=$(grep -c '^20[01] ' "$work/posts-1.txt" || true)
    kill -KILL "$first_server"
    wait "$first_server" 2>/dev/null || true
    wait "$poster_one" "$poster_other"
    touch "$work/stop-reading"
    wait "$reader"

    local problems=() failed_reads failed_writes
    failed_reads=$(grep -vc '^200$' "$work/reads-2.txt" || true)
    [ "$failed_reads" = 0 ] || problems+=("$failed_reads reads of the surviving server failed")
    failed_writes=$(grep -vc '^20[01] ' "$work/posts-2.txt" || true)
    [ "$failed_writes" = 0 ] || problems+=("$failed_writes writes to the surviving server failed")
    # What the killed server did not take is posted again through the survivor.
    grep -v '^20[01] ' "$work/posts-1.txt" | cut -d' ' -f2 >"$work/retry-ids.txt" || true
    python3 -c 'import json, sys
ids = set(open(sys.argv[1]).read().split())
for line in open(sys.argv[2]):
    if line.strip() and json.loads(line)["id"] in ids: print(line, end="")' \
        "$work/retry-ids.txt" "$work/served-1.jsonl" >"$work/retry.jsonl"
    : >"$work/posts-retry.txt"
    post_articles "$other" "$work/retry.jsonl" "$work/posts-retry.txt"
    [ "$(grep -vc '^20[01] ' "$work/posts-retry.txt" || true)" = 0 ] || problems+=("a retried write failed")
    local health
    health=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 60 "${other}healthz" 2>/dev/null) || health=000
    [ "$health" = 200 ] || problems+=("the surviving server no longer answers /healthz ($health)")
    kill -TERM "$second_server" 2>/dev/null || true
    wait "$second_server" 2>/dev/null || true
    if [ "${#problems[@]}" -gt 0 ]; then
        printf 'postgres-fault-check: FAILED — %s\n' "${problems[@]}" >&2
        return 1
    fi
    echo "  two servers: the first SIGKILLed after taking $taken_before of $(wc -l <"$work/served-1.jsonl") articles;" \
        "the second answered $(wc -l <"$work/reads-2.txt") reads and $(wc -l <"$work/posts-2.txt") writes," \
        "then took the first's $(wc -l <"$work/retry.jsonl") again ($(($(date +%s) - step_started)) s)"
}
