# What the PostgreSQL checks share (sourced by postgres-fault-check.sh, postgres-worker-check.sh,
# postgres-watch-check.sh and postgres-partition-check.sh): their preamble, `sql QUERY` on their
# database, and the store's invariants after faults. Each invariant check appends what is wrong
# to the caller's array `problems`.

# The preamble of a check against a running PostgreSQL: NAME (messages, folders) and the binary
# (PARALLAX, else DEFAULT_BINARY), the server (PARALLAX_TEST_POSTGRES_URL, else the one
# scripts/postgres-local.sh started), a database of the check's own on it (parallax_DATABASE_PID)
# and a scratch folder; on exit the processes in the caller's array `pids` (plain or associative,
# declared before) are killed and the folder removed. Sets parallax, server, db and work.
#   postgres_check_start NAME DEFAULT_BINARY DATABASE
postgres_check_start() {
    parallax="${PARALLAX:-$2}"
    [ -x "$parallax" ] || { echo "$1: $parallax not built" >&2; exit 1; }
    server="${PARALLAX_TEST_POSTGRES_URL:-$(scripts/postgres-local.sh url)}"
    db="${server%/*}/parallax_${3}_$$"
    work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-pg-$3.XXXXXX")"
    trap postgres_check_cleanup EXIT
}

postgres_check_cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}

# One statement on the check's database, its rows unaligned.
sql() { psql "$db" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

# No id, text or URL stored twice; every article in exactly one current story with one analysis
# row; every story's count matches its current members.
store_problems() {
    local articles
    articles=$(sql "SELECT count(*) FROM article")
    [ "$(sql "SELECT count(*) - count(DISTINCT id) FROM article")" = 0 ] || problems+=("an id stored twice")
    [ "$(sql "SELECT count(content_hash) - count(DISTINCT content_hash) FROM article")" = 0 ] \
        || problems+=("a text stored twice")
    [ "$(sql "SELECT count(canonical_url) - count(DISTINCT canonical_url) FROM article")" = 0 ] \
        || problems+=("a URL stored twice")
    [ "$(sql "SELECT count(*) FROM article WHERE (SELECT count(*) FROM story_membership m
            WHERE m.article_id = article.id AND m.left_at IS NULL) <> 1")" = 0 ] \
        || problems+=("an article without exactly one current story")
    [ "$(sql "SELECT count(*) FROM article_analysis")" = "$articles" ] || problems+=("analysis rows out of step")
    [ "$(sql "SELECT count(*) FROM story WHERE article_count <> (SELECT count(*) FROM story_membership m
            WHERE m.story_id = story.id AND m.left_at IS NULL)")" = 0 ] || problems+=("story counts out of step")
}

# Stories of one article or more whose brief is missing or older than the story (a story a
# second-pass merge emptied needs none, as the store's own stale-brief query says).
stale_briefs() {
    sql "SELECT count(*) FROM story LEFT JOIN brief ON brief.story_id = story.id
         WHERE story.article_count > 0 AND (brief.revision IS NULL OR brief.revision <> story.revision)"
}
