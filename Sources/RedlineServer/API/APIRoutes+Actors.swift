import Hummingbird
import RedlineAnalysis
import RedlineCore
import RedlineExport

extension APIRoutes {
    /// `GET /api/actors`: every declarer with its lines by status and its credibility.
    func actors(_ request: Request) async throws -> Response {
        try checkRead(request)
        let snapshot = try await tracker.reads.snapshot()
        return JSONBody.response(try snapshot.rendered("actors") {
            try JSONBody.bytes(["items": ActorViews.overviews(snapshot)])
        })
    }

    /// `GET /api/actors/{code}`: credibility, lines and escalation of one actor.
    func actor(_ request: Request, code: String) async throws -> Response {
        try checkRead(request)
        guard let code = try QueryValue.code(code, "the actor code") else { throw ServerError.notFound("no actor") }
        let snapshot = try await tracker.reads.snapshot()
        let escalation = try await tracker.reads.escalation(for: snapshot)
        guard let detail = ActorViews.detail(code, snapshot: snapshot, escalation: escalation) else {
            throw ServerError.notFound("no actor \(code) in the tracker")
        }
        return try JSONBody.response(detail)
    }
}

/// Actor records built from a snapshot, shared by the API and the dashboard.
enum ActorViews {
    static func overviews(_ snapshot: ReadSnapshot) -> [ActorRecord] {
        ActorRecord.make(lines: snapshot.lines, credibility: snapshot.credibility, today: snapshot.today, names: snapshot.names)
    }

    /// The actor's page data; nil when it neither drew lines nor acts in any dyad.
    static func detail(_ code: String, snapshot: ReadSnapshot, escalation: Escalation, weeks: Int = 52,
                       dyads: Int = 8, from: Day? = nil, through: Day? = nil) -> ActorDetail? {
        let lines = snapshot.lines.filter { $0.declarer.code == code }
        let involved = escalation.allDyads.filter { $0.actor == code || $0.recipient == code }
        guard !lines.isEmpty || !involved.isEmpty else { return nil }
        let credibility = snapshot.credibility[code] ?? Credibility.assess(declarer: code, lines: [], configuration: .init(today: snapshot.today))
        let series: [DyadSeries] = involved.compactMap { dyad in
            guard let recorded = escalation.dyads[dyad], let last = recorded.last?.week,
                  let standing = escalation.standing(dyad) else { return nil }
            // A chosen range, else the `weeks` weeks up to the dyad's latest week.
            let end = through.map(ISOWeek.init) ?? last
            let start = from.map(ISOWeek.init) ?? end.adding(weeks: -(weeks - 1))
            guard start <= end else { return nil }
            let weeksShown = escalation.series(dyad, from: start, through: min(end, start.adding(weeks: 520)))
            return DyadSeries(actor: dyad.actor, recipient: dyad.recipient, latestLevel: standing.latestLevel,
                              latestWeek: standing.latestWeek.description, direction: standing.direction.rawValue,
                              weeks: weeksShown.map { .init(week: $0.week.description, monday: $0.week.monday, level: $0.level,
                                                            score: Rounding.round($0.score), events: $0.events) })
        }
        .sorted { ($0.weeks.reduce(0) { $0 + $1.events }, $0.actor, $0.recipient) > ($1.weeks.reduce(0) { $0 + $1.events }, $1.actor, $1.recipient) }
        return ActorDetail(code: code, credibility: ActorRecord.rounded(credibility), lines: lines, escalation: Array(series.prefix(dyads)))
    }
}
