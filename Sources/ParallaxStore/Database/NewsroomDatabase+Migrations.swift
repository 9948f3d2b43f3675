internal import GRDB

extension NewsroomDatabase {
    /// The schema, one named migration per change; never edit a shipped migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("id", .text).notNull().unique()
                t.column("input", .text).notNull()
                t.column("url", .text)
                // Deduplication keys: the same page under another URL form, or the same text.
                t.column("canonicalURL", .text).unique()
                t.column("contentHash", .text).notNull().unique()
                t.column("outlet", .text)
                t.column("title", .text)
                t.column("published", .text).indexed()
                t.column("authors", .jsonText).notNull()
                t.column("language", .text)
                t.column("originalLanguage", .text)
                t.column("text", .text).notNull()
                t.column("removed", .jsonText).notNull()
                t.column("ingestedAt", .datetime).notNull()
            }
            try db.create(table: "story") { t in
                t.primaryKey("id", .text)
                t.column("headline", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull().indexed()
                t.column("articleCount", .integer).notNull()
                t.column("outletCount", .integer).notNull()
                t.column("firstPublished", .text)
                t.column("lastPublished", .text).indexed()
                // Bumped on every change of membership; the brief records the revision it was made from.
                t.column("revision", .integer).notNull()
            }
            try db.create(table: "storyMembership") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("articleId", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("storyId", .text).notNull().references("story", onDelete: .cascade)
                t.column("joinedAt", .datetime).notNull()
                t.column("leftAt", .datetime)
            }
            try db.execute(
                sql: """
                    CREATE UNIQUE INDEX storyMembership_current_article
                        ON storyMembership(articleId) WHERE leftAt IS NULL;
                    CREATE INDEX storyMembership_current_story
                        ON storyMembership(storyId) WHERE leftAt IS NULL;
                    """)
            try db.create(table: "brief") { t in
                t.primaryKey("storyId", .text).references("story", onDelete: .cascade)
                t.column("revision", .integer).notNull()
                t.column("story", .jsonText).notNull()
                t.column("synthesizedAt", .datetime).notNull()
            }
            try db.create(table: "articleAnalysis") { t in
                t.primaryKey("articleId", .text).references("article", column: "id", onDelete: .cascade)
                t.column("entities", .jsonText).notNull()
                t.column("quotes", .jsonText).notNull()
            }
            try db.create(table: "feed") { t in
                t.primaryKey("url", .text)
                t.column("title", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("lastPolledAt", .datetime)
                t.column("lastSuccessAt", .datetime)
                t.column("consecutiveErrors", .integer).notNull().defaults(to: 0)
                t.column("lastError", .text)
                t.column("nextPollAt", .datetime)
            }
            try db.create(table: "clusteringState") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("version", .integer).notNull()
                t.column("state", .blob).notNull()
            }
            // Full-text search over pre-stemmed text (see `SearchStems`): Snowball stems per
            // article language, so "elections" finds "election".
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE articleSearch USING fts5(
                        title, body, tokenize = 'unicode61 remove_diacritics 2')
                    """)
        }
        // API tokens: only each secret's SHA-256 digest is kept.
        migrator.registerMigration("v2-api-tokens") { db in
            try db.create(table: "apiToken") { t in
                t.primaryKey("id", .text)
                t.column("digest", .text).notNull().unique()
                t.column("role", .text).notNull()
                t.column("label", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("revokedAt", .datetime)
            }
        }
        // The pipeline's stages kept per article: the copy an article republishes (its MinHash
        // signature and LSH band keys find originals among stored articles), and its whole
        // analysis as JSON, so briefs are made from the analysis made at ingest.
        migrator.registerMigration("v3-pipeline") { db in
            try db.alter(table: "article") { t in
                t.add(column: "duplicateOf", .text)
                t.add(column: "minHash", .blob)
            }
            try db.alter(table: "articleAnalysis") { t in
                t.add(column: "analysis", .blob)
            }
            try db.create(table: "nearDuplicateBand") { t in
                t.column("key", .integer).notNull().indexed()
                t.column("articleId", .text).notNull().references("article", column: "id", onDelete: .cascade)
            }
        }
        // Accounts for the newsroom site: Argon2id password hashes, sessions kept as SHA-256
        // digests of their ids, and the newsroom's settings.
        migrator.registerMigration("v4-accounts") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("role", .text).notNull()
                t.column("passwordHash", .text).notNull()
                // Set while the password is the one-time one `parallax user add` printed.
                t.column("mustChangePassword", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("disabledAt", .datetime)
            }
            try db.create(table: "session") { t in
                t.primaryKey("digest", .text)
                t.column("accountId", .integer).notNull().references("account", onDelete: .cascade)
                t.column("csrfToken", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull().indexed()
            }
            try db.create(table: "setting") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
        }
        // Editorial review: every brief revision is kept (a trigger copies each brief written, so
        // the ingest path needs no change), and every editor's action is appended to an audit log
        // that names statements by their text, never by position, and is never rewritten.
        migrator.registerMigration("v5-review") { db in
            try db.create(table: "briefRevision") { t in
                t.column("storyId", .text).notNull()
                t.column("revision", .integer).notNull()
                t.column("story", .jsonText).notNull()
                t.column("synthesizedAt", .datetime).notNull()
                t.primaryKey(["storyId", "revision"])
            }
            try db.execute(
                sql: """
                    INSERT INTO briefRevision (storyId, revision, story, synthesizedAt)
                        SELECT storyId, revision, story, synthesizedAt FROM brief;
                    CREATE TRIGGER brief_kept_on_insert AFTER INSERT ON brief BEGIN
                        INSERT OR REPLACE INTO briefRevision (storyId, revision, story, synthesizedAt)
                            VALUES (NEW.storyId, NEW.revision, NEW.story, NEW.synthesizedAt);
                    END;
                    CREATE TRIGGER brief_kept_on_update AFTER UPDATE ON brief BEGIN
                        INSERT OR REPLACE INTO briefRevision (storyId, revision, story, synthesizedAt)
                            VALUES (NEW.storyId, NEW.revision, NEW.story, NEW.synthesizedAt);
                    END;
                    """)
            try db.create(table: "reviewAction") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("storyId", .text).notNull().indexed()
                t.column("revision", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("target", .jsonText)
                t.column("value", .text)
                t.column("reason", .text)
                t.column("accountId", .integer)
                // Copied, so the log still names the editor after the account is gone.
                t.column("accountName", .text).notNull()
                t.column("at", .datetime).notNull()
            }
        }
        // What each signed-in account last saw of each story, so its page can say what is new.
        migrator.registerMigration("v6-story-visits") { db in
            try db.create(table: "storyVisit") { t in
                t.column("accountId", .integer).notNull().references("account", onDelete: .cascade)
                t.column("storyId", .text).notNull()
                t.column("revision", .integer).notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["accountId", "storyId"])
            }
        }
        return migrator
    }
}
