#!/usr/bin/env bash
# Crash safety of `parallax ingest`: kills an ingest of generated articles with SIGKILL at random
# moments, several times, and after each kill checks that the database is intact (PRAGMA
# integrity_check), that every article committed before is still there, and that the store's
# invariants hold (one current story per article, one search row per article, story counts).
# Then a re-run must finish the job: every article stored once, no duplicates, all briefs current.
#
# Usage: scripts/crash-ingest.sh [COUNT] [KILLS]     (defaults: 10000 articles, 5 kills)
# Env:   PARALLAX=path/to/parallax (default .build/release/parallax), SEED (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
kills="${2:-5}"
parallax="${PARALLAX:-.build/release/parallax}"
[ -x "$parallax" ] || { echo "crash-ingest: $parallax not built (swift build -c release --product parallax)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-crash.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 scripts/generate-articles.py --count "$count" --seed "${SEED:-1}" >"$work/articles.jsonl"
db="$work/news.sqlite"

# Prints the number of articles, or fails with a message when the store is damaged.
check() {
    python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
def one(sql): return db.execute(sql).fetchone()[0]
problems = []
if one("PRAGMA integrity_check") != "ok": problems.append("integrity_check failed")
tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
if "article" not in tables:
    print(0); sys.exit(0)
articles = one("SELECT COUNT(*) FROM article")
if one("SELECT COUNT(*) FROM storyMembership WHERE leftAt IS NULL") != articles:
    problems.append("an article without exactly one current story")
if one("SELECT COUNT(*) FROM articleSearch") != articles: problems.append("search index out of step")
if one("SELECT COUNT(*) FROM articleAnalysis") != articles: problems.append("analysis rows out of step")
if one("""SELECT COUNT(*) FROM story WHERE articleCount !=
        (SELECT COUNT(*) FROM storyMembership m WHERE m.storyId = story.id AND m.leftAt IS NULL)""") != 0:
    problems.append("story article counts out of step")
if one("SELECT COUNT(*) - COUNT(DISTINCT id) FROM article") != 0: problems.append("duplicate articles")
if problems: print("; ".join(problems), file=sys.stderr); sys.exit(1)
print(articles)
PY
}

# A first full run, timed, tells how long an ingest lasts, so kills land all through one.
echo "crash-ingest: $count articles, $kills kills, binary $parallax"
committed=0
for round in $(seq 1 "$kills"); do
    "$parallax" ingest --db "$db" --quiet "$work/articles.jsonl" >/dev/null 2>"$work/ingest.err" &
    pid=$!
    # Random delay from 0.2 s to 4 s: before the first commit, mid-batch, while writing briefs.
    delay="$(python3 -c "import random; print(round(random.uniform(0.2, 4.0), 2))")"
    sleep "$delay"
    if kill -KILL "$pid" 2>/dev/null; then state="killed"; else state="had finished"; fi
    wait "$pid" 2>/dev/null || true
    now="$(check)" || { echo "crash-ingest: store damaged after kill $round" >&2; exit 1; }
    if [ "$now" -lt "$committed" ]; then
        echo "crash-ingest: lost committed articles after kill $round ($committed before, $now after)" >&2
        exit 1
    fi
    echo "  kill $round after ${delay}s ($state): $now articles committed, store intact"
    committed="$now"
done

summary="$("$parallax" ingest --db "$db" --quiet "$work/articles.jsonl")"
echo "  re-run: $summary"
final="$(check)"
again="$("$parallax" ingest --db "$db" --quiet "$work/articles.jsonl")"
stale="$(python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute('''SELECT COUNT(*) FROM story LEFT JOIN brief ON brief.storyId = story.id
    WHERE brief.revision IS NULL OR brief.revision < story.revision''').fetchone()[0])" "$db")"
if [ "$final" -ne "$count" ]; then echo "crash-ingest: $final articles stored, $count expected" >&2; exit 1; fi
case "$again" in "ingested 0 new articles ($count already stored)"*) ;; *)
    echo "crash-ingest: a second re-run added articles: $again" >&2; exit 1 ;;
esac
if [ "$stale" -ne 0 ]; then echo "crash-ingest: $stale stories without a current brief" >&2; exit 1; fi
echo "crash-ingest: ok — $final articles, each once, every brief current"
