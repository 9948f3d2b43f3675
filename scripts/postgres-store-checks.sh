# The PostgreSQL store's invariants after faults, shared by postgres-fault-check.sh and
# postgres-worker-check.sh (sourced; the caller defines `sql QUERY` on its database). Each
# check appends what is wrong to the caller's array `problems`.

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
