import RedlineStore
import Testing

/// `--db` values: which store they name, and the exact error text for bad ones.
struct StoreLocationTests {
    @Test func aMissingValueIsTheDefaultFile() throws {
        #expect(try StoreLocation(parsing: nil) == .sqlite(path: "redline.sqlite"))
    }

    @Test(arguments: ["tracker.sqlite", "/var/lib/redline/store.db", "./a b.sqlite", "C:file"])
    func anythingButAURLIsASQLitePath(value: String) throws {
        #expect(try StoreLocation(parsing: value) == .sqlite(path: value))
    }

    @Test func postgresURLs() throws {
        let full = try PostgresURL(parsing: "postgresql://redline:s%40cret@db.example:6543/tracker?sslmode=require")
        #expect(full == PostgresURL(host: "db.example", port: 6543, user: "redline", password: "s@cret",
                                    database: "tracker", sslMode: .require))
        #expect(full.description == "postgres://redline@db.example:6543/tracker?sslmode=require")

        #expect(try StoreLocation(parsing: "postgres://me@localhost") ==
            .postgres(PostgresURL(host: "localhost", port: 5432, user: "me", database: "me")))
        let v6 = try PostgresURL(parsing: "postgres://me@[::1]:5433/db")
        #expect(v6.host == "::1" && v6.port == 5433)
        #expect(v6.description == "postgres://me@[::1]:5433/db")
        let socket = try PostgresURL(parsing: "postgres://me@%2Fvar%2Frun%2Fpostgresql/db")
        #expect(socket.isSocket && socket.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
    }

    @Test(arguments: [
        ("", "bad --db value: it is empty; accepted forms: \(StoreLocation.acceptedForms)"),
        ("mysql://me@host/db", "bad --db value: unsupported scheme \"mysql\"; accepted forms: \(StoreLocation.acceptedForms)"),
        ("postgres://localhost/db", "bad --db value \"postgres://localhost/db\": it names no user (USER@HOST); accepted forms: \(StoreLocation.acceptedForms)"),
        ("postgres://me:pw@host:99999/db", "bad --db value \"postgres://me:***@host:99999/db\": the port \"99999\" is not a number from 1 to 65535; accepted forms: \(StoreLocation.acceptedForms)"),
        ("postgres://me@/db", "bad --db value \"postgres://me@/db\": it names no host; accepted forms: \(StoreLocation.acceptedForms)"),
        ("postgres://me@host/db?sslmode=maybe", "bad --db value \"postgres://me@host/db?sslmode=maybe\": sslmode \"maybe\" is not one of disable, prefer, require, verify-full; accepted forms: \(StoreLocation.acceptedForms)"),
        ("postgres://me@host/db?timeout=3", "bad --db value \"postgres://me@host/db?timeout=3\": unknown parameter \"timeout\" (only sslmode is understood); accepted forms: \(StoreLocation.acceptedForms)"),
    ])
    func badValuesSayWhatIsWrongAndWhatIsAccepted(value: String, message: String) {
        let error = #expect(throws: StoreError.self) { try StoreLocation(parsing: value) }
        #expect(error?.description == message)
        #expect(error?.code == .badLocation)
    }

    @Test func theAcceptedFormsAreSpelledOut() {
        #expect(StoreLocation.acceptedForms == """
            a file path (default redline.sqlite) or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE \
            (also postgresql://, with optional ?sslmode=disable|prefer|require|verify-full)
            """)
    }

    @Test func anUnreachableServerIsReportedAtOnce() async throws {
        // Port 1 on the loopback address: nothing listens there.
        let url = PostgresURL(host: "127.0.0.1", port: 1, user: "redline", database: "redline", sslMode: .disable)
        let error = await #expect(throws: StoreError.self) { try await PostgresStore.connect(url) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.description.hasPrefix("postgres://redline@127.0.0.1:1/redline?sslmode=disable: cannot connect: ") == true)
    }
}
