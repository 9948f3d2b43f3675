#!/usr/bin/env bash
# Two `parallax watch` processes on one PostgreSQL under faults, real processes (issue 16). Six
# feeds of three items each are served on loopback (python3 http.server, which logs each
# request); watcher w1 is given them, watcher w2 none (it watches the store's schedule). While
# both run (interval 10 s, lease 8 s): PostgreSQL is restarted (pg_ctl restart -m fast), then w1
# is SIGKILLed at a random moment. Afterwards: w2 is still running (it outlived the restart),
# every feed was polled at least twice and never more often than one poll per interval allows
# (two watchers each polling a feed would double it), the 18 items are stored, each once, and
# the store's invariants hold.
#
# Usage: scripts/postgres-watch-check.sh
# Env:   PARALLAX (default .build/debug/parallax); the server is PARALLAX_TEST_POSTGRES_URL, else
#        the one scripts/postgres-local.sh started (the restart needs it: PARALLAX_PG_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

pids=()
source scripts/postgres-store-checks.sh
postgres_check_start postgres-watch-check .build/debug/parallax watch
fail() {
    echo "postgres-watch-check: FAILED — $*" >&2
    for log in "$work"/w*.log "$work"/http.log; do echo "--- $log" >&2; tail -8 "$log" >&2; done
    exit 1
}

# Six feeds, three items each, every item with words of its own.
mkdir "$work/site"
python3 - "$work/site" <<'EOF'
import random, sys
words = ("harbour council ferry storm pontoon timetable engineer island passenger landing bridge river "
         "school library budget election mayor hospital nurse strike union factory export wheat harvest "
         "drought reservoir pipeline railway station tunnel airport runway museum festival orchestra").split()
for feed in range(1, 7):
    items = []
    for item in range(1, 4):
        rng = random.Random(feed * 100 + item)
        text = " ".join(rng.choice(words) for _ in range(60))
        items.append(f"<item><title>Report {feed}-{item}</title><link>https://feeds.example/{feed}/{item}</link>"
                     f"<guid>feed-{feed}-{item}</guid><pubDate>Wed, 04 Mar 2026 0{item}:00:00 GMT</pubDate>"
                     f"<description>{text}. Report {feed}-{item} ends here.</description></item>")
    open(f"{sys.argv[1]}/feed-{feed}.xml", "w").write(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
        f'<link>https://feeds.example/{feed}</link>{"".join(items)}</channel></rss>')
EOF
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
python3 -u -m http.server --bind 127.0.0.1 --directory "$work/site" "$port" >"$work/http.log" 2>&1 &
pids+=($!)
disown $!
feeds=()
for feed in 1 2 3 4 5 6; do feeds+=("http://127.0.0.1:$port/feed-$feed.xml"); done

echo "postgres-watch-check: 6 feeds, 2 watchers, binary $parallax, database $db"
started=$(date +%s)
watch_arguments=(watch --db "$db" --interval 10 --host-interval 0 --lease 8 --feeds-per-take 2)
"$parallax" "${watch_arguments[@]}" --name w1 "${feeds[@]}" >"$work/w1.log" 2>&1 &
w1=$!
pids+=("$w1")
for _ in $(seq 1 600); do grep -q "watching" "$work/w1.log" 2>/dev/null && break; sleep 0.1; done
"$parallax" "${watch_arguments[@]}" --name w2 >"$work/w2.log" 2>&1 &
w2=$!
pids+=("$w2")

sleep "$(python3 -c "import random; print(f'{random.uniform(3, 6):.2f}')")"
scripts/postgres-local.sh restart >/dev/null 2>&1 || fail "PostgreSQL did not restart"
echo "  fault 1: PostgreSQL restarted at $(($(date +%s) - started)) s"
sleep "$(python3 -c "import random; print(f'{random.uniform(2, 8):.2f}')")"
kill -KILL "$w1"
wait "$w1" 2>/dev/null || true
echo "  fault 2: watcher w1 SIGKILLed at $(($(date +%s) - started)) s"
sleep $((started + 40 - $(date +%s)))
kill -0 "$w2" 2>/dev/null || fail "watcher w2 stopped"
kill -TERM "$w2"
wait "$w2" || fail "watcher w2 did not stop cleanly"
elapsed=$(($(date +%s) - started))

problems=()
# At most one poll per interval since the first: 40 s with a 10 s interval allows 5, and one
# more where a poll failed during the restart (retried after a quarter interval); two watchers
# each polling a feed would make 8 to 10.
most=$((elapsed / 10 + 2))
for feed in 1 2 3 4 5 6; do
    polls=$(grep -c "GET /feed-$feed.xml" "$work/http.log" || true)
    [ "$polls" -ge 2 ] || problems+=("feed $feed polled $polls times")
    [ "$polls" -le "$most" ] || problems+=("feed $feed polled $polls times in $elapsed s (at most $most)")
    echo "  feed $feed: $polls polls"
done
articles=$(sql "SELECT count(*) FROM article")
[ "$articles" = 18 ] || problems+=("$articles articles stored, not 18")
store_problems
leased=$(sql "SELECT count(*) FROM feed WHERE lease_until IS NOT NULL AND taken_by <> 'w1'")
[ "$leased" = 0 ] || problems+=("$leased feeds still leased by the watcher that stopped cleanly")
grep -q "feed schedule unreadable\|feed state not saved\|PostgreSQL" "$work/w2.log" \
    && echo "  w2 saw the restart: $(grep -m1 "PostgreSQL" "$work/w2.log" | cut -c1-160)"
[ ${#problems[@]} = 0 ] || fail "${problems[*]}"
echo "postgres-watch-check: passed in $elapsed s (18 articles, each once; w2 outlived the restart and w1)"
