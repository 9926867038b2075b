/// The schemas of `OpenAPIDocument`: one per record the API answers with. `required` lists the
/// properties always present; nullable ones say so with a type list.
enum OpenAPISchemas {
    static func object(_ required: [String], _ properties: [String: Any]) -> [String: Any] {
        ["type": "object", "required": required, "properties": properties]
    }
    static var string: [String: Any] { ["type": "string"] }

    /// Either a link and a verdict, or a status; with a reason.
    static var reviewRequest: [String: Any] {
        let common: [String: Any] = ["line": string, "reason": ["type": "string", "maxLength": 4_000, "pattern": "\\S"],
                                     "reviewer": ["type": "string", "maxLength": 200]]
        var link = object(["line", "reason", "link", "verdict"],
                          common.merging(["link": string, "verdict": ["type": "string", "enum": ["confirm", "reject"]]]) { $1 })
        link["not"] = ["required": ["status"]]
        var status = object(["line", "reason", "status"],
                            common.merging(["status": ["type": "string", "enum": ["declared", "crossed", "enforced", "partially-enforced",
                                                                                  "not-enforced", "withdrawn"]]]) { $1 })
        status["not"] = ["anyOf": [["required": ["link"]], ["required": ["verdict"]]]]
        return ["oneOf": [link, status]]
    }
    static var integer: [String: Any] { ["type": "integer"] }
    static var number: [String: Any] { ["type": "number"] }
    static var boolean: [String: Any] { ["type": "boolean"] }
    static func nullable(_ type: String) -> [String: Any] { ["type": [type, "null"]] }
    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    static func ref(_ name: String) -> [String: Any] { OpenAPIDocument.ref(name) }
    static var span: [String: Any] { ["type": "array", "items": integer, "minItems": 2, "maxItems": 2] }
    static func page(_ item: String) -> [String: Any] {
        object(["total", "limit", "offset", "nextCursor", "items"],
               ["total": integer, "limit": integer, "offset": integer, "nextCursor": nullable("string"), "items": array(ref(item))])
    }

    /// A tracked line as lists show it: the TrackedLine object with its links cut to the first
    /// three of each, and their full counts.
    static var lineSummary: [String: Any] {
        var schema = trackedLine
        var required = schema["required"] as? [String] ?? []
        var properties = schema["properties"] as? [String: Any] ?? [:]
        for key in ["statementCount", "crossingCount", "responseCount"] {
            required.append(key)
            properties[key] = integer
        }
        schema["required"] = required
        schema["properties"] = properties
        schema["description"] = "A TrackedLine with statements, crossings and responses cut to the first three of each (all with full=true)."
        return schema
    }

    static var trackedLine: [String: Any] {
        object(["id", "declarer", "trigger", "consequence", "explicit", "status", "statusSource", "statements", "crossings", "responses"],
               ["id": string, "declarer": ref("ActorRef"), "trigger": ref("Trigger"), "consequence": ref("Consequence"),
                "explicit": boolean, "status": ["type": "string", "enum": ["declared", "crossed", "enforced", "partially-enforced", "not-enforced", "withdrawn"]],
                "statusSource": ["type": "string", "enum": ["machine", "review"]], "firstDeclared": string,
                "statements": array(ref("Statement")), "crossings": array(ref("Crossing")), "responses": array(ref("Response"))])
    }

    static var linkKind: [String: Any] { ["type": "string", "enum": ["statement", "crossing", "response"]] }

    /// A link in the review queue: the fields of its Statement, Crossing or Response, its line
    /// and kind. A rejected link (out of its line) has no date, source or confidence.
    static var reviewItem: [String: Any] {
        object(["id", "line", "kind", "document", "evidence"],
               ["id": string, "line": string, "lineTitle": string, "kind": linkKind, "date": string, "datePrecision": string,
                "confidence": number, "document": string, "source": string, "evidence": string, "span": span,
                "reason": string, "review": ref("LinkReview")])
    }

    static var all: [String: Any] {
        [
            "Error": object(["error"], ["error": string]),
            "Health": object(["status", "documents", "trackedLines", "feeds"],
                             ["status": string, "documents": integer, "trackedLines": integer, "feeds": array(ref("FeedHealth"))]),
            "FeedHealth": object(["name", "url", "ok", "lastSuccess", "lastError", "lastErrorAt", "failures", "nextPoll"],
                                 ["name": string, "url": string, "ok": boolean, "lastSuccess": nullable("string"), "lastError": nullable("string"),
                                  "lastErrorAt": nullable("string"), "failures": integer, "nextPoll": nullable("string")]),
            "Alert": object(["id", "at", "alert", "line", "declarer", "addressee", "status", "trigger", "evidence", "source", "document"],
                            ["id": integer, "at": string, "alert": string, "line": string, "declarer": string, "addressee": array(string),
                             "status": string, "previousStatus": string, "severity": integer, "trigger": string, "evidence": string,
                             "source": string, "document": string, "link": string, "date": string, "windowCloses": string]),
            "AlertList": object(["alerts"], ["alerts": array(ref("Alert"))]),
            "ActorRef": object(["code"], ["code": nullable("string"), "sector": nullable("string"), "kind": nullable("string"),
                                          "name": nullable("string"), "text": nullable("string")]),
            "Trigger": object(["actor", "action", "text"], ["actor": array(ref("ActorRef")), "action": nullable("string"), "text": string]),
            "Consequence": object(["kind", "severity", "text"], ["kind": string, "severity": nullable("integer"), "text": nullable("string")]),
            "Statement": object(["id", "document", "source", "evidence", "span", "confidence"],
                                ["id": string, "document": string, "source": string, "date": string, "speaker": string,
                                 "evidence": string, "span": span, "confidence": number, "review": ref("LinkReview")]),
            "Crossing": object(["id", "actor", "kind", "confidence", "document", "source", "evidence"],
                               ["id": string, "date": string, "actor": array(ref("ActorRef")), "kind": ["type": "string", "enum": ["event", "claim"]],
                                "type": string, "confidence": number, "document": string, "source": string, "evidence": string,
                                "review": ref("LinkReview")]),
            "Response": object(["id", "type", "severity", "confidence", "document", "source", "evidence"],
                               ["id": string, "date": string, "type": string, "severity": integer, "confidence": number,
                                "document": string, "source": string, "evidence": string, "review": ref("LinkReview")]),
            "LinkReview": object(["verdict", "reviewer", "reason", "at"], ["verdict": string, "reviewer": string, "reason": string, "at": string]),
            "TrackedLine": trackedLine,
            "LineSummary": lineSummary,
            "LinePage": page("LineSummary"),
            "Event": object(["type", "mode", "context", "actor", "recipient", "date", "datePrecision", "dateText", "negated", "hypothetical", "future", "sentence", "span", "evidence"],
                            ["type": string, "mode": nullable("string"), "context": array(string), "actor": array(ref("ActorRef")),
                             "recipient": array(ref("ActorRef")), "date": nullable("string"), "datePrecision": nullable("string"),
                             "dateText": nullable("string"), "negated": boolean, "hypothetical": boolean, "future": boolean,
                             "speaker": nullable("string"), "trigger": nullable("string"), "sentence": integer, "span": span, "evidence": string]),
            "EventRecord": object(["id", "document", "index", "sentence", "span", "date", "datePrecision", "dateText", "published", "type", "mode",
                                   "context", "intensity", "actor", "recipient", "negated", "hypothetical", "future", "speaker", "trigger",
                                   "source", "sourceTitle", "sourceUrl", "evidence"],
                                  ["id": string, "document": string, "index": integer, "sentence": integer, "span": span,
                                   "date": nullable("string"), "datePrecision": nullable("string"), "dateText": nullable("string"),
                                   "published": nullable("string"), "type": string, "mode": nullable("string"), "context": array(string),
                                   "intensity": number, "actor": array(ref("ActorRef")), "recipient": array(ref("ActorRef")),
                                   "negated": boolean, "hypothetical": boolean, "future": boolean, "speaker": nullable("string"),
                                   "trigger": nullable("string"), "source": string, "sourceTitle": nullable("string"),
                                   "sourceUrl": nullable("string"), "evidence": string]),
            "EventPage": page("EventRecord"),
            "EventList": array(ref("EventRecord")),
            "EventFacets": object(["total", "actors", "recipients", "types", "modes", "sources", "flags", "days", "undated"],
                                  ["total": integer, "actors": array(ref("FacetCount")), "recipients": array(ref("FacetCount")),
                                   "types": array(ref("FacetCount")), "modes": array(ref("FacetCount")), "sources": array(ref("FacetCount")),
                                   "flags": array(ref("FacetCount")),
                                   "days": array(object(["day", "count"], ["day": string, "count": integer])), "undated": integer]),
            "FacetCount": object(["value", "count"], ["value": string, "count": integer]),
            "Credibility": object(["declarer", "mean", "lower", "upper", "level", "cases", "effectiveCases", "lines"],
                                  ["declarer": string, "mean": number, "lower": number, "upper": number, "level": number, "cases": integer,
                                   "alpha": number, "beta": number, "effectiveCases": number,
                                   "lines": array(object(["line", "status", "outcome", "weight"],
                                                         ["line": string, "status": string, "outcome": number, "date": string, "weight": number]))]),
            "ActorOverview": object(["code", "name", "lines", "statuses", "credibility"],
                                    ["code": string, "name": nullable("string"), "lines": integer, "statuses": ["type": "object", "additionalProperties": integer],
                                     "credibility": ref("Credibility")]),
            "ActorList": object(["items"], ["items": array(ref("ActorOverview"))]),
            "DyadSeries": object(["actor", "recipient", "latestLevel", "latestWeek", "direction", "weeks"],
                                 ["actor": string, "recipient": string, "latestLevel": integer, "latestWeek": string, "direction": string,
                                  "weeks": array(object(["week", "monday", "level", "score", "events"],
                                                        ["week": string, "monday": string, "level": integer, "score": number, "events": integer]))]),
            "ActorDetail": object(["code", "credibility", "lines", "escalation"],
                                  ["code": string, "credibility": ref("Credibility"), "lines": array(ref("TrackedLine")), "escalation": array(ref("DyadSeries"))]),
            "SearchHit": object(["kind", "index", "date", "span", "evidence", "highlights", "score", "lines"],
                                ["kind": ["type": "string", "enum": ["statement", "event", "claim"]], "index": integer, "date": nullable("string"),
                                 "span": span, "evidence": string, "highlights": array(span), "score": number,
                                 "lines": array(object(["id", "title"], ["id": string, "title": string]))]),
            "SearchItem": object(["document", "title", "source", "url", "published", "score", "snippet", "snippetHighlights", "hits"],
                                 ["document": string, "title": nullable("string"), "source": string, "url": nullable("string"),
                                  "published": nullable("string"), "score": number, "snippet": nullable("string"),
                                  "snippetHighlights": array(span), "hits": array(ref("SearchHit"))]),
            "SearchPage": object(["query", "total", "totalSentences", "limit", "offset", "nextCursor", "items"],
                                 ["query": string, "total": integer, "totalSentences": integer, "limit": integer, "offset": integer,
                                  "nextCursor": nullable("string"), "items": array(ref("SearchItem"))]),
            "Extraction": object(["schema", "document", "actors", "dates", "quotes", "events", "redLines", "crossingClaims"],
                                 ["schema": string,
                                  "document": object(["id", "source", "title", "url", "published", "language", "sentences"],
                                                     ["id": string, "source": string, "title": nullable("string"), "url": nullable("string"),
                                                      "published": nullable("string"), "language": string, "sentences": integer, "text": string]),
                                  "actors": array(["type": "object"]), "dates": array(["type": "object"]), "quotes": array(["type": "object"]),
                                  "events": array(ref("Event")), "redLines": array(["type": "object"]), "crossingClaims": array(["type": "object"])]),
            "IngestResult": object(["documents", "errors", "inserted", "skipped", "lines", "trackedLines"],
                                   ["documents": array(object(["id", "source", "stored", "redLines", "events", "claims", "extraction"],
                                                              ["id": string, "title": string, "source": string, "stored": boolean, "redLines": integer,
                                                               "events": integer, "claims": integer, "extraction": ref("Extraction")])),
                                    "errors": array(object(["input", "message"], ["input": string, "line": integer, "message": string])),
                                    "inserted": integer, "skipped": integer, "lines": array(ref("TrackedLine")), "trackedLines": integer]),
            "ReviewRequest": reviewRequest,
            "Review": object(["target", "reason", "reviewer", "at"],
                             ["id": integer, "target": ["type": "object"], "verdict": string, "reason": string, "reviewer": string, "at": string]),
            "ReviewList": object(["items"], ["items": array(ref("Review"))]),
            "ReviewResult": object(["review"], ["review": ref("Review"), "line": ref("TrackedLine")]),
            "ReviewItem": reviewItem,
            "ReviewQueuePage": page("ReviewItem"),
            "ReviewHistoryEntry": object(["at", "reviewer", "line", "reason", "superseded", "namesNothing"],
                                         ["id": integer, "at": string, "reviewer": string, "line": string, "lineTitle": string,
                                          "link": string, "verdict": ["type": "string", "enum": ["confirm", "reject"]], "status": string,
                                          "reason": string, "kind": linkKind, "evidence": string,
                                          "superseded": boolean, "namesNothing": boolean]),
            "ReviewHistoryPage": page("ReviewHistoryEntry"),
        ]
    }
}
