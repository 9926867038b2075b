import PostgresNIO

extension PostgresStore {
    /// One schema version: statements run in order, in the transaction that records the version.
    struct Migration: Sendable {
        var identifier: String
        var statements: [String]
    }

    /// The schema's history, the same versions as ``SQLiteStore/migrator``. Only ever appended to.
    static let migrations: [Migration] = [
        Migration(identifier: "v1-records", statements: [
            """
            CREATE TABLE documents (
                id text PRIMARY KEY,
                source text NOT NULL,
                title text,
                url text,
                published text COLLATE "C",
                language text NOT NULL,
                sentences bigint NOT NULL,
                ingested_at text NOT NULL,
                extraction text NOT NULL
            )
            """,
            "CREATE INDEX documents_published ON documents(published)",
            """
            CREATE TABLE red_lines (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal bigint NOT NULL,
                declarer text,
                declarer_sector text,
                speaker text,
                trigger_action text,
                trigger_text text NOT NULL,
                consequence_kind text NOT NULL,
                severity bigint,
                explicit boolean NOT NULL,
                stance text NOT NULL,
                date text COLLATE "C",
                date_precision text,
                sentence bigint NOT NULL,
                span_start bigint NOT NULL,
                span_end bigint NOT NULL,
                evidence text NOT NULL,
                record text NOT NULL,
                UNIQUE (document_id, ordinal)
            )
            """,
            "CREATE INDEX red_lines_declarer ON red_lines(declarer, date)",
            "CREATE INDEX red_lines_date ON red_lines(date, id)",
            """
            CREATE TABLE events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal bigint NOT NULL,
                type text NOT NULL,
                mode text,
                context text,
                date text COLLATE "C",
                order_date text COLLATE "C" NOT NULL,
                date_precision text,
                date_text text,
                negated boolean NOT NULL,
                hypothetical boolean NOT NULL,
                future boolean NOT NULL,
                speaker text,
                trigger text,
                sentence bigint NOT NULL,
                span_start bigint NOT NULL,
                span_end bigint NOT NULL,
                evidence text NOT NULL,
                UNIQUE (document_id, ordinal)
            )
            """,
            "CREATE INDEX events_order ON events(order_date, id)",
            "CREATE INDEX events_type ON events(type, order_date, id)",
            """
            CREATE TABLE event_actors (
                document_id text NOT NULL,
                event_ordinal bigint NOT NULL,
                role text NOT NULL CHECK (role IN ('actor', 'recipient')),
                position bigint NOT NULL,
                code text,
                sector text,
                kind text,
                name text,
                text text,
                PRIMARY KEY (document_id, event_ordinal, role, position),
                FOREIGN KEY (document_id, event_ordinal) REFERENCES events(document_id, ordinal) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX event_actors_code ON event_actors(code, role)",
            """
            CREATE TABLE crossing_claims (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal bigint NOT NULL,
                line_of text,
                crossers text NOT NULL,
                line text,
                claimant text,
                date text COLLATE "C",
                sentence bigint NOT NULL,
                span_start bigint NOT NULL,
                span_end bigint NOT NULL,
                evidence text NOT NULL,
                record text NOT NULL,
                UNIQUE (document_id, ordinal)
            )
            """,
            "CREATE INDEX crossing_claims_line_of ON crossing_claims(line_of)",
            "CREATE INDEX crossing_claims_date ON crossing_claims(date, id)",
        ]),
        Migration(identifier: "v2-tracking", statements: [
            """
            CREATE TABLE tracked_lines (
                id text PRIMARY KEY,
                declarer text,
                status text NOT NULL,
                status_source text NOT NULL,
                first_declared text COLLATE "C",
                record text NOT NULL
            )
            """,
            "CREATE INDEX tracked_lines_declarer ON tracked_lines(declarer)",
            "CREATE INDEX tracked_lines_status ON tracked_lines(status)",
            "CREATE INDEX tracked_lines_first_declared ON tracked_lines(first_declared, id)",
            """
            CREATE TABLE reviews (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                line_id text NOT NULL,
                link_id text,
                status text,
                verdict text,
                reason text NOT NULL,
                reviewer text NOT NULL,
                at text NOT NULL,
                CHECK ((link_id IS NULL) <> (status IS NULL))
            )
            """,
            "CREATE INDEX reviews_line ON reviews(line_id)",
            """
            CREATE FUNCTION redline_reviews_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'reviews are never changed or deleted'; END
            $$
            """,
            """
            CREATE TRIGGER reviews_are_kept BEFORE UPDATE OR DELETE ON reviews
            FOR EACH ROW EXECUTE FUNCTION redline_reviews_are_kept()
            """,
        ]),
        Migration(identifier: "v3-report-inputs", statements: [
            """
            CREATE TABLE event_tallies (
                actor text NOT NULL,
                recipient text NOT NULL,
                day text NOT NULL,
                type text NOT NULL,
                mode text,
                evidence text,
                events bigint NOT NULL
            )
            """,
            "CREATE TABLE event_tallies_source (documents bigint NOT NULL)",
            "ALTER TABLE tracked_lines ADD COLUMN summary text",
        ]),
        Migration(identifier: "v4-actor-backers", statements: [
            "ALTER TABLE event_actors ADD COLUMN backer text",
        ]),
        // Full-text search: GIN indexes over the same expressions the search queries use
        // (PostgresStore.searchVector), built for the rows already stored.
        Migration(identifier: "v5-search", statements: [
            "CREATE INDEX documents_search ON documents USING gin (\(searchVector(.document, alias: nil)))",
            "CREATE INDEX red_lines_search ON red_lines USING gin (\(searchVector(.statement, alias: nil)))",
            "CREATE INDEX events_search ON events USING gin (\(searchVector(.event, alias: nil)))",
            "CREATE INDEX crossing_claims_search ON crossing_claims USING gin (\(searchVector(.claim, alias: nil)))",
        ]),
        Migration(identifier: "v6-event-facets", statements: [
            "CREATE INDEX events_mode ON events(mode, order_date)",
        ]),
        Migration(identifier: "v7-alerts-and-feeds", statements: [
            """
            CREATE TABLE alerts (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key text NOT NULL UNIQUE,
                at text NOT NULL,
                kind text NOT NULL,
                line_id text NOT NULL,
                record text NOT NULL
            )
            """,
            """
            CREATE TABLE feed_status (
                url text PRIMARY KEY,
                name text NOT NULL,
                last_success double precision,
                last_error text,
                last_error_at double precision,
                failures bigint NOT NULL,
                next_poll double precision,
                claimed_by text,
                claimed_until double precision
            )
            """,
            """
            CREATE TABLE watch_items (
                key text PRIMARY KEY,
                feed text NOT NULL,
                worker text NOT NULL,
                claimed_until double precision NOT NULL,
                done boolean NOT NULL DEFAULT false
            )
            """,
        ]),
    ]

    /// A lock number of our own, so that two processes opening a new database migrate in turn.
    private static let migrationLock = 7_340_501_2024

    public func migrate() async throws {
        do {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS redline_migrations (identifier text PRIMARY KEY, applied_at text NOT NULL)
                    """, logger: logger)
                var applied = Set<String>()
                for try await identifier in try await connection.query(
                    "SELECT identifier FROM redline_migrations", logger: logger).decode(String.self) {
                    applied.insert(identifier)
                }
                let known = Set(Self.migrations.map(\.identifier))
                if !applied.isSubset(of: known) {
                    throw StoreError(.migrationFailed, "the store was written by a newer redline (unknown migrations); upgrade redline",
                                     store: url.description)
                }
                for migration in Self.migrations where !applied.contains(migration.identifier) {
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("""
                        INSERT INTO redline_migrations (identifier, applied_at)
                        VALUES (\(migration.identifier), to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                        """, logger: logger)
                }
            }
        } catch {
            throw storeError(.migrationFailed, "cannot migrate the store", error)
        }
    }
}
