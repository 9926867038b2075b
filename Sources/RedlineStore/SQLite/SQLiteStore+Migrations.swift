import GRDB

extension SQLiteStore {
    /// The schema's history. Migrations are only ever appended; each runs once, in its own
    /// transaction, and is recorded in `grdb_migrations`.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id TEXT NOT NULL PRIMARY KEY,
                    source TEXT NOT NULL,
                    title TEXT,
                    url TEXT,
                    published TEXT,
                    language TEXT NOT NULL,
                    sentences INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL,
                    extraction TEXT NOT NULL
                );
                CREATE INDEX documents_published ON documents(published);

                CREATE TABLE red_lines (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    declarer TEXT,
                    declarer_sector TEXT,
                    speaker TEXT,
                    trigger_action TEXT,
                    trigger_text TEXT NOT NULL,
                    consequence_kind TEXT NOT NULL,
                    severity INTEGER,
                    explicit INTEGER NOT NULL,
                    stance TEXT NOT NULL,
                    date TEXT,
                    date_precision TEXT,
                    sentence INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    evidence TEXT NOT NULL,
                    record TEXT NOT NULL,
                    UNIQUE (document_id, ordinal)
                );
                CREATE INDEX red_lines_declarer ON red_lines(declarer, date);
                CREATE INDEX red_lines_date ON red_lines(date);

                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    mode TEXT,
                    context TEXT,
                    date TEXT,
                    order_date TEXT NOT NULL,
                    date_precision TEXT,
                    date_text TEXT,
                    negated INTEGER NOT NULL,
                    hypothetical INTEGER NOT NULL,
                    future INTEGER NOT NULL,
                    speaker TEXT,
                    trigger TEXT,
                    sentence INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    evidence TEXT NOT NULL,
                    UNIQUE (document_id, ordinal)
                );
                CREATE INDEX events_order ON events(order_date);
                CREATE INDEX events_type ON events(type, order_date);

                CREATE TABLE event_actors (
                    document_id TEXT NOT NULL,
                    event_ordinal INTEGER NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
                    position INTEGER NOT NULL,
                    code TEXT,
                    sector TEXT,
                    kind TEXT,
                    name TEXT,
                    text TEXT,
                    PRIMARY KEY (document_id, event_ordinal, role, position),
                    FOREIGN KEY (document_id, event_ordinal) REFERENCES events(document_id, ordinal) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX event_actors_code ON event_actors(code, role);

                CREATE TABLE crossing_claims (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    line_of TEXT,
                    crossers TEXT NOT NULL,
                    line TEXT,
                    claimant TEXT,
                    date TEXT,
                    sentence INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    evidence TEXT NOT NULL,
                    record TEXT NOT NULL,
                    UNIQUE (document_id, ordinal)
                );
                CREATE INDEX crossing_claims_line_of ON crossing_claims(line_of);
                CREATE INDEX crossing_claims_date ON crossing_claims(date);
                """)
        }
        migrator.registerMigration("v2-tracking") { db in
            try db.execute(sql: """
                CREATE TABLE tracked_lines (
                    id TEXT NOT NULL PRIMARY KEY,
                    declarer TEXT,
                    status TEXT NOT NULL,
                    status_source TEXT NOT NULL,
                    first_declared TEXT,
                    record TEXT NOT NULL
                );
                CREATE INDEX tracked_lines_declarer ON tracked_lines(declarer);
                CREATE INDEX tracked_lines_status ON tracked_lines(status);
                CREATE INDEX tracked_lines_first_declared ON tracked_lines(first_declared);

                CREATE TABLE reviews (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    line_id TEXT NOT NULL,
                    link_id TEXT,
                    status TEXT,
                    verdict TEXT,
                    reason TEXT NOT NULL,
                    reviewer TEXT NOT NULL,
                    at TEXT NOT NULL,
                    CHECK ((link_id IS NULL) <> (status IS NULL))
                );
                CREATE INDEX reviews_line ON reviews(line_id);
                CREATE TRIGGER reviews_are_kept_unchanged BEFORE UPDATE ON reviews
                BEGIN SELECT RAISE(ABORT, 'reviews are never changed'); END;
                CREATE TRIGGER reviews_are_kept BEFORE DELETE ON reviews
                BEGIN SELECT RAISE(ABORT, 'reviews are never deleted'); END;
                """)
        }
        migrator.registerMigration("v3-report-inputs") { db in
            try db.execute(sql: """
                CREATE TABLE event_tallies (
                    actor TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    day TEXT NOT NULL,
                    type TEXT NOT NULL,
                    mode TEXT,
                    evidence TEXT,
                    events INTEGER NOT NULL
                );
                CREATE TABLE event_tallies_source (documents INTEGER NOT NULL);
                ALTER TABLE tracked_lines ADD COLUMN summary TEXT;
                """)
        }
        migrator.registerMigration("v4-actor-backers") { db in
            try db.execute(sql: "ALTER TABLE event_actors ADD COLUMN backer TEXT")
        }
        migrator.registerMigration("v5-search") { db in
            // One full-text index over document texts (title and text) and the evidence sentences
            // of statements, events and claims, kept up to date by triggers and built here for
            // the rows already stored. Porter stems English words; accents and case are ignored.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE search_text USING fts5(
                    body, kind UNINDEXED, document_id UNINDEXED, ordinal UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE TRIGGER documents_search AFTER INSERT ON documents BEGIN
                    INSERT INTO search_text (body, kind, document_id, ordinal) VALUES (
                        coalesce(new.title || char(10), '') || coalesce(json_extract(new.extraction, '$.document.text'), ''),
                        'document', new.id, 0);
                END;
                CREATE TRIGGER red_lines_search AFTER INSERT ON red_lines BEGIN
                    INSERT INTO search_text (body, kind, document_id, ordinal) VALUES (new.evidence, 'statement', new.document_id, new.ordinal);
                END;
                CREATE TRIGGER events_search AFTER INSERT ON events BEGIN
                    INSERT INTO search_text (body, kind, document_id, ordinal) VALUES (new.evidence, 'event', new.document_id, new.ordinal);
                END;
                CREATE TRIGGER crossing_claims_search AFTER INSERT ON crossing_claims BEGIN
                    INSERT INTO search_text (body, kind, document_id, ordinal) VALUES (new.evidence, 'claim', new.document_id, new.ordinal);
                END;
                CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
                    DELETE FROM search_text WHERE document_id = old.id;
                END;
                INSERT INTO search_text (body, kind, document_id, ordinal)
                    SELECT coalesce(title || char(10), '') || coalesce(json_extract(extraction, '$.document.text'), ''), 'document', id, 0
                    FROM documents;
                INSERT INTO search_text (body, kind, document_id, ordinal) SELECT evidence, 'statement', document_id, ordinal FROM red_lines;
                INSERT INTO search_text (body, kind, document_id, ordinal) SELECT evidence, 'event', document_id, ordinal FROM events;
                INSERT INTO search_text (body, kind, document_id, ordinal) SELECT evidence, 'claim', document_id, ordinal FROM crossing_claims;
                """)
        }
        migrator.registerMigration("v6-event-facets") { db in
            // The actor facets' subqueries use event_actors_code, which holds the primary key too
            // (a WITHOUT ROWID table): an index led by role would send the facet joins scanning it.
            try db.execute(sql: "CREATE INDEX events_mode ON events(mode, order_date)")
        }
        migrator.registerMigration("v7-alerts-and-feeds") { db in
            // Alerts are numbered as kept (AUTOINCREMENT never reuses a number, so a client's
            // last seen id stays meaningful); `key` keeps one change from being kept twice.
            try db.execute(sql: """
                CREATE TABLE alerts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    key TEXT NOT NULL UNIQUE,
                    at TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    line_id TEXT NOT NULL,
                    record TEXT NOT NULL
                );
                CREATE TABLE feed_status (
                    url TEXT NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    last_success REAL,
                    last_error TEXT,
                    last_error_at REAL,
                    failures INTEGER NOT NULL,
                    next_poll REAL,
                    claimed_by TEXT,
                    claimed_until REAL
                );
                CREATE TABLE watch_items (
                    key TEXT NOT NULL PRIMARY KEY,
                    feed TEXT NOT NULL,
                    worker TEXT NOT NULL,
                    claimed_until REAL NOT NULL,
                    done INTEGER NOT NULL DEFAULT 0
                );
                """)
        }
        return migrator
    }()

    /// Migrates, tolerating another process that migrates the same new file at the same moment:
    /// GRDB reads the applied migrations before it takes the write lock, so the loser of that race
    /// fails on "table already exists" and succeeds when it looks again.
    func migrateNow() throws {
        try Self.migrate(pool, path: path)
    }

    static func migrate(_ pool: DatabasePool, path: String) throws {
        var attempt = 0
        while true {
            attempt += 1
            do {
                if try pool.read({ try Self.migrator.hasCompletedMigrations($0) }) { return }
                if try pool.read({ try Self.migrator.hasBeenSuperseded($0) }) {
                    throw StoreError(.migrationFailed, "the store was written by a newer redline (unknown migrations); upgrade redline", store: path)
                }
                try Self.migrator.migrate(pool)
                return
            } catch let error as StoreError {
                throw error
            } catch where attempt < 3 {
                continue
            } catch {
                throw StoreError(.migrationFailed, "cannot migrate the store: \(Self.summary(error))", store: path, cause: error)
            }
        }
    }
}
