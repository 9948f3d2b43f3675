#!/usr/bin/env bash
# Crash safety of `parallax ingest`: kills an ingest of generated articles with SIGKILL at random
# points, several times, and after each kill checks the store:
#   - PRAGMA integrity_check and foreign_key_check pass;
#   - every article committed before the kill is still there (so the count never decreases);
#   - no article is stored twice (same id, text or canonical URL) and none that was not asked for;
#   - the store's invariants hold: one current story per article, one search row and one analysis
#     row per article, every membership naming a stored story, story counts matching members.
# Then a re-run must finish the job: exactly COUNT articles, each once, every brief current, and a
# second re-run adds nothing.
#
# Kill points: the first kill lands at a random moment while the input is read or the first batch
# analyzed; the middle ones once a random number of articles is committed (plus a random delay,
# so mid-transaction and mid-analysis both happen); the last one after every article is committed,
# while briefs are being written. Each run resumes from what the previous one committed.
#
# Usage: scripts/crash-ingest.sh [COUNT] [KILLS]     (defaults: 10000 articles, 4 kills; KILLS >= 3)
# Env:   PARALLAX=path/to/parallax (default .build/release/parallax), SEED (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
kills="${2:-4}"
[ "$kills" -ge 3 ] || { echo "crash-ingest: at least 3 kills" >&2; exit 2; }
parallax="${PARALLAX:-.build/release/parallax}"
[ -x "$parallax" ] || { echo "crash-ingest: $parallax not built (swift build -c release --product parallax)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-crash.XXXXXX")"
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill -KILL "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
python3 scripts/generate-articles.py --count "$count" --seed "${SEED:-1}" >"$work/articles.jsonl"
db="$work/news.sqlite"
touch "$work/committed.txt"

# Checks the store against the ids committed before (committed.txt), then records the ids stored
# now; prints the number of articles, or fails naming what is wrong.
check() {
    python3 - "$db" "$work/articles.jsonl" "$work/committed.txt" <<'PY'
import json, sqlite3, sys
path, articles_path, committed_path = sys.argv[1:4]
db = sqlite3.connect(path)
def one(sql): return db.execute(sql).fetchone()[0]
problems = []
integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
if integrity != ["ok"]: problems.append("integrity_check: " + "; ".join(integrity[:5]))
if db.execute("PRAGMA foreign_key_check").fetchall(): problems.append("foreign_key_check failed")
tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
before = set(open(committed_path).read().split())
if "article" not in tables:
    if before: problems.append(f"the article table is gone ({len(before)} articles were committed)")
    if problems: print("; ".join(problems), file=sys.stderr); sys.exit(1)
    print(0); sys.exit(0)
ids = [r[0] for r in db.execute("SELECT id FROM article")]
stored = set(ids)
asked = {json.loads(line)["id"] for line in open(articles_path) if line.strip()}
lost = before - stored
if lost: problems.append(f"{len(lost)} committed articles lost, e.g. {sorted(lost)[:3]}")
if len(ids) != len(stored): problems.append("an article id stored twice")
if stored - asked: problems.append(f"{len(stored - asked)} articles that were not in the input")
for column in ("contentHash", "canonicalURL"):
    if one(f"SELECT COUNT({column}) - COUNT(DISTINCT {column}) FROM article") != 0:
        problems.append(f"duplicate articles (same {column})")
articles = len(ids)
if one("SELECT COUNT(*) FROM storyMembership WHERE leftAt IS NULL") != articles or one(
        "SELECT COUNT(*) FROM article WHERE id NOT IN (SELECT articleId FROM storyMembership WHERE leftAt IS NULL)"):
    problems.append("an article without exactly one current story")
if one("SELECT COUNT(*) FROM storyMembership WHERE storyId NOT IN (SELECT id FROM story)"):
    problems.append("a membership naming a missing story")
if one("SELECT COUNT(*) FROM articleSearch") != articles: problems.append("search index out of step")
if one("SELECT COUNT(*) FROM articleAnalysis") != articles: problems.append("analysis rows out of step")
if one("""SELECT COUNT(*) FROM story WHERE articleCount !=
        (SELECT COUNT(*) FROM storyMembership m WHERE m.storyId = story.id AND m.leftAt IS NULL)""") != 0:
    problems.append("story article counts out of step")
if problems: print("; ".join(problems), file=sys.stderr); sys.exit(1)
with open(committed_path, "w") as out: out.write("\n".join(sorted(stored)))
print(articles)
PY
}

# The number of committed articles, read while an ingest writes (WAL: readers never block).
committed_now() {
    python3 -c "
import sqlite3, sys
try:
    print(sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True, timeout=1).execute('SELECT COUNT(*) FROM article').fetchone()[0])
except sqlite3.Error:
    print(0)" "$db"
}

# Prints random.EXPR, floats to two decimals.
random() { python3 -c "import random; x = random.${1}; print(x if isinstance(x, int) else f\"{x:.2f}\")"; }

echo "crash-ingest: $count articles, $kills kills, binary $parallax"
started="$(date +%s)"
committed=0
for round in $(seq 1 "$kills"); do
    "$parallax" ingest --db "$db" --quiet "$work/articles.jsonl" >/dev/null 2>"$work/ingest.err" &
    pid=$!
    if [ "$round" -eq 1 ]; then
        target=0
        delay="$(random "uniform(0.2, 1.5)")"
    elif [ "$round" -eq "$kills" ]; then
        target="$count"
        delay="$(random "uniform(0.0, 0.5)")"
    else
        # A random count in this round's share of the input, past what is already committed.
        low=$(( count * (round - 1) / (kills - 1) ))
        high=$(( count * round / (kills - 1) ))
        low=$(( low > committed ? low : committed + 1 ))
        low=$(( low < high ? low : high ))
        target="$(random "randint($low, $high)")"
        delay="$(random "uniform(0.0, 0.5)")"
    fi
    while [ "$target" -gt 0 ] && kill -0 "$pid" 2>/dev/null && [ "$(committed_now)" -lt "$target" ]; do
        sleep 0.1
    done
    sleep "$delay"
    if kill -KILL "$pid" 2>/dev/null; then state="killed"; else state="had already finished"; fi
    wait "$pid" 2>/dev/null || true
    pid=""
    now="$(check)" || { echo "crash-ingest: FAILED — store damaged after kill $round" >&2; exit 1; }
    if [ "$now" -lt "$committed" ]; then
        echo "crash-ingest: FAILED — fewer articles after kill $round ($committed before, $now after)" >&2
        exit 1
    fi
    echo "  kill $round (at $target committed + ${delay}s, $state): $now articles committed, store intact"
    committed="$now"
done

summary="$("$parallax" ingest --db "$db" --quiet "$work/articles.jsonl")"
echo "  re-run: $summary"
final="$(check)" || { echo "crash-ingest: FAILED — store damaged after the re-run" >&2; exit 1; }
again="$("$parallax" ingest --db "$db" --quiet "$work/articles.jsonl")"
stale="$(python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute('''SELECT COUNT(*) FROM story LEFT JOIN brief ON brief.storyId = story.id
    WHERE (brief.revision IS NULL OR brief.revision < story.revision) AND story.articleCount > 0''').fetchone()[0])" "$db")"
if [ "$final" -ne "$count" ]; then echo "crash-ingest: FAILED — $final articles stored, $count expected" >&2; exit 1; fi
case "$again" in "ingested 0 new articles ($count already stored)"*) ;; *)
    echo "crash-ingest: FAILED — a second re-run added articles: $again" >&2; exit 1 ;;
esac
if [ "$stale" -ne 0 ]; then echo "crash-ingest: FAILED — $stale stories without a current brief" >&2; exit 1; fi
echo "crash-ingest: ok — $final articles, each once, every brief current ($(( $(date +%s) - started )) s)"
