internal import ParallaxStore
internal import PostgresNIO

/// The PostgreSQL schema, one named migration per change (never edit a shipped one), applied
/// in order and recorded in `schema_migrations`. Migrating holds a transaction-level advisory
/// lock, so processes starting at once on a new database apply each migration once: the
/// others wait, then find it recorded.
enum PostgresMigrations {
    /// Advisory lock keys: (Parallax, what is locked).
    static let lockSpace: Int32 = 0x5052_4C58
    static let migrationLock: Int32 = 1
    static let storyAssignmentLock: Int32 = 2
    /// Held for its session by the one worker that assigns stories (`parallax worker`).
    static let assignmentHolderLock: Int32 = 3

    static let all: [(version: String, statements: [String])] = [
        (
            "v1",
            [
                """
                CREATE TABLE article (
                    number bigserial PRIMARY KEY,
                    id text NOT NULL UNIQUE,
                    input text NOT NULL,
                    url text,
                    canonical_url text UNIQUE,
                    content_hash text NOT NULL UNIQUE,
                    outlet text,
                    title text,
                    published text,
                    authors text[] NOT NULL,
                    language text,
                    original_language text,
                    text text NOT NULL,
                    removed text[] NOT NULL,
                    ingested_at timestamptz NOT NULL,
                    duplicate_of text,
                    min_hash bytea,
                    search tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', coalesce(title, '')), 'A')
                            || setweight(to_tsvector('english', text), 'B')) STORED
                )
                """,
                "CREATE INDEX article_published ON article (published)",
                "CREATE INDEX article_search ON article USING gin (search)",
                """
                CREATE TABLE story (
                    id text PRIMARY KEY,
                    headline text NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    article_count integer NOT NULL,
                    outlet_count integer NOT NULL,
                    first_published text,
                    last_published text,
                    revision integer NOT NULL
                )
                """,
                "CREATE INDEX story_last_published ON story (last_published)",
                "CREATE INDEX story_updated_at ON story (updated_at)",
                """
                CREATE TABLE story_membership (
                    number bigserial PRIMARY KEY,
                    article_id text NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    story_id text NOT NULL REFERENCES story (id) ON DELETE CASCADE,
                    joined_at timestamptz NOT NULL,
                    left_at timestamptz
                )
                """,
                """
                CREATE UNIQUE INDEX story_membership_current_article
                    ON story_membership (article_id) WHERE left_at IS NULL
                """,
                "CREATE INDEX story_membership_current_story ON story_membership (story_id) WHERE left_at IS NULL",
                """
                CREATE TABLE brief (
                    story_id text PRIMARY KEY REFERENCES story (id) ON DELETE CASCADE,
                    revision integer NOT NULL,
                    story json NOT NULL,
                    synthesized_at timestamptz NOT NULL
                )
                """,
                """
                CREATE TABLE article_analysis (
                    article_id text PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
                    entities json NOT NULL,
                    quotes json NOT NULL,
                    analysis bytea
                )
                """,
                """
                CREATE TABLE near_duplicate_band (
                    key bigint NOT NULL,
                    article_id text NOT NULL REFERENCES article (id) ON DELETE CASCADE
                )
                """,
                "CREATE INDEX near_duplicate_band_key ON near_duplicate_band (key)",
                """
                CREATE TABLE clustering_state (
                    id integer PRIMARY KEY CHECK (id = 1),
                    version integer NOT NULL,
                    state bytea NOT NULL
                )
                """,
                """
                CREATE TABLE feed (
                    url text PRIMARY KEY,
                    title text,
                    etag text,
                    last_modified text,
                    last_polled_at timestamptz,
                    last_success_at timestamptz,
                    consecutive_errors integer NOT NULL DEFAULT 0,
                    last_error text,
                    next_poll_at timestamptz
                )
                """,
                """
                CREATE TABLE api_token (
                    id text PRIMARY KEY,
                    digest text NOT NULL UNIQUE,
                    role text NOT NULL,
                    label text,
                    created_at timestamptz NOT NULL,
                    revoked_at timestamptz
                )
                """,
            ]
        ),
        (
            "v2-jobs",
            [
                // Work for `parallax worker`: taken with FOR UPDATE SKIP LOCKED, leased (a dead
                // worker's job is taken again once `lease_until` passes), retried with backoff.
                // One job per (kind, key): queuing the same document twice queues it once.
                """
                CREATE TABLE job (
                    id bigserial PRIMARY KEY,
                    kind text NOT NULL,
                    key text NOT NULL,
                    payload bytea NOT NULL,
                    state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
                    attempts integer NOT NULL DEFAULT 0,
                    run_after timestamptz NOT NULL DEFAULT clock_timestamp(),
                    lease_until timestamptz,
                    taken_by text,
                    last_error text,
                    queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                    finished_at timestamptz,
                    UNIQUE (kind, key)
                )
                """,
                "CREATE INDEX job_queued ON job (kind, id) WHERE state = 'queued'",
                // Articles analyzed by workers, waiting for the one assignment stream.
                """
                CREATE TABLE analyzed_article (
                    number bigserial PRIMARY KEY,
                    article_id text NOT NULL UNIQUE,
                    record bytea NOT NULL,
                    analysis bytea NOT NULL,
                    signature bytea
                )
                """,
            ]
        ),
        (
            "v4-newsroom",
            [
                // The newsroom site (`parallax serve`): accounts (Argon2id hashes; unique by the
                // name with ASCII letters in lower case, as SQLite's NOCASE compares), sessions
                // kept as SHA-256 digests of their ids, settings, every brief revision (kept by
                // a trigger, as on SQLite, so every path that writes a brief keeps it), the
                // review log (only appended to) and what each account last saw of each story.
                // Servers keep nothing else between requests, so any number can run side by side.
                """
                CREATE TABLE account (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL,
                    name_key text NOT NULL UNIQUE,
                    role text NOT NULL,
                    password_hash text NOT NULL,
                    must_change_password boolean NOT NULL,
                    created_at timestamptz NOT NULL,
                    disabled_at timestamptz
                )
                """,
                """
                CREATE TABLE session (
                    digest text PRIMARY KEY,
                    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                    csrf_token text NOT NULL,
                    created_at timestamptz NOT NULL,
                    expires_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX session_expires_at ON session (expires_at)",
                "CREATE INDEX session_account ON session (account_id)",
                "CREATE TABLE setting (name text PRIMARY KEY, value text NOT NULL)",
                """
                CREATE TABLE brief_revision (
                    story_id text NOT NULL,
                    revision integer NOT NULL,
                    story json NOT NULL,
                    synthesized_at timestamptz NOT NULL,
                    PRIMARY KEY (story_id, revision)
                )
                """,
                """
                INSERT INTO brief_revision (story_id, revision, story, synthesized_at)
                SELECT story_id, revision, story, synthesized_at FROM brief
                """,
                """
                CREATE FUNCTION keep_brief_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO brief_revision (story_id, revision, story, synthesized_at)
                    VALUES (NEW.story_id, NEW.revision, NEW.story, NEW.synthesized_at)
                    ON CONFLICT (story_id, revision) DO UPDATE
                        SET story = excluded.story, synthesized_at = excluded.synthesized_at;
                    RETURN NULL;
                END
                $$
                """,
                """
                CREATE TRIGGER brief_kept AFTER INSERT OR UPDATE ON brief
                FOR EACH ROW EXECUTE FUNCTION keep_brief_revision()
                """,
                """
                CREATE TABLE review_action (
                    number bigserial PRIMARY KEY,
                    story_id text NOT NULL,
                    revision integer NOT NULL,
                    kind text NOT NULL,
                    target json,
                    value text,
                    reason text,
                    account_id bigint,
                    account_name text NOT NULL,
                    at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX review_action_story ON review_action (story_id, number)",
                """
                CREATE TABLE story_visit (
                    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                    story_id text NOT NULL,
                    revision integer NOT NULL,
                    at timestamptz NOT NULL,
                    PRIMARY KEY (account_id, story_id)
                )
                """,
            ]
        ),
        (
            "v5-sign-in-failures",
            [
                // Wrong passwords per account name, counted by every server together (the
                // sign-in throttle); rows older than its window are deleted as it reads.
                "CREATE TABLE sign_in_failure (name text NOT NULL, at timestamptz NOT NULL)",
                "CREATE INDEX sign_in_failure_name ON sign_in_failure (name, at)",
                "CREATE INDEX sign_in_failure_at ON sign_in_failure (at)",
            ]
        ),
        (
            "v6-feeds",
            [
                // The shared feed schedule of `parallax watch`: a feed is leased to one watcher
                // while it polls it (a dead watcher's feed is taken again once `lease_until`
                // passes). URLs longer than a browser's are refused (old rows are not checked).
                "ALTER TABLE feed ADD COLUMN lease_until timestamptz, ADD COLUMN taken_by text",
                "ALTER TABLE feed ADD CONSTRAINT feed_url_length CHECK (length(url) <= 2048) NOT VALID",
                "CREATE INDEX feed_next_poll ON feed (next_poll_at NULLS FIRST)",
            ]
        ),
    ]

    /// Applies the missing migrations in one transaction under the migration lock.
    static func migrate(_ connections: PostgresConnections) throws(StoreError) {
        try StoreError.wrapping(.migrationFailed, "cannot prepare the PostgreSQL schema", cause: PostgresFailure.from) {
            try connections.transaction { session in
                try session.execute("SELECT pg_advisory_xact_lock(\(lockSpace), \(migrationLock))")
                try session.execute(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """)
                let applied = try checkKnown(session)
                for migration in all where !applied.contains(migration.version) {
                    for statement in migration.statements {
                        try session.execute(PostgresQuery(unsafeSQL: statement))
                    }
                    try session.execute("INSERT INTO schema_migrations (version) VALUES (\(migration.version))")
                }
            }
        }
    }

    /// Refuses a database that still needs migrations when it is opened only for reading.
    static func checkMigrated(_ connections: PostgresConnections) throws(StoreError) {
        try StoreError.wrapping(.cannotOpen, "cannot read the PostgreSQL database", cause: PostgresFailure.from) {
            let applied = try connections.withConnection { session in
                guard
                    try session.value("SELECT to_regclass('schema_migrations') IS NOT NULL", as: Bool.self) == true
                else { return Set<String>() }
                return try checkKnown(session)
            }
            guard Set(all.map(\.version)).isSubset(of: applied) else {
                throw StoreError(
                    .cannotOpen, "the store is empty or from an older Parallax; run `parallax ingest` on it first")
            }
        }
    }

    /// The applied migrations; refuses another application's database (tables, no
    /// `schema_migrations` rows) and one migrated by a newer Parallax.
    private static func checkKnown(_ session: PostgresSession) throws -> Set<String> {
        let applied = Set(try session.values("SELECT version FROM schema_migrations", as: String.self))
        if applied.isEmpty {
            let tables = try session.values(
                """
                SELECT table_name::text FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
                ORDER BY table_name LIMIT 5
                """, as: String.self)
            guard tables.isEmpty else {
                throw StoreError(
                    .foreignStore,
                    "the database is not a Parallax store (it has tables \(tables.joined(separator: ", "))); "
                        + "Parallax will not write into another application's database: give --db a new database")
            }
        }
        let unknown = applied.subtracting(all.map(\.version))
        guard unknown.isEmpty else {
            throw StoreError(
                .newerSchema,
                "the store was written by a newer Parallax (migrations \(unknown.sorted().joined(separator: ", "))); "
                    + "upgrade Parallax to use it")
        }
        return applied
    }
}
