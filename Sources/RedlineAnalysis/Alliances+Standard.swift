import RedlineCore

extension Alliances {
    /// A default table: NATO and the EU with their accession dates (the EU's counted from the EEC's
    /// founding, the United Kingdom leaving on 2020-01-31), the G7, the CSTO, and `WST`, "the West",
    /// as the ontology's bloc for Western powers: the G7 states and Australia, with NATO, the EU and
    /// the G7 themselves. Extend or replace it through `TrackerConfiguration.alliances`.
    public static let standard: Alliances = {
        func day(_ text: String) -> Day { Day(text)! }
        func group(_ date: String, _ codes: [String]) -> [Membership] {
            codes.map { Membership($0, since: day(date)) }
        }

        let nato = group("1949-08-24", ["BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"])
            + group("1952-02-18", ["GRC", "TUR"])
            + group("1955-05-06", ["DEU"])
            + group("1982-05-30", ["ESP"])
            + group("1999-03-12", ["CZE", "HUN", "POL"])
            + group("2004-03-29", ["BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"])
            + group("2009-04-01", ["ALB", "HRV"])
            + group("2017-06-05", ["MNE"])
            + group("2020-03-27", ["MKD"])
            + group("2023-04-04", ["FIN"])
            + group("2024-03-07", ["SWE"])

        let eu = group("1958-01-01", ["BEL", "FRA", "DEU", "ITA", "LUX", "NLD"])
            + group("1973-01-01", ["DNK", "IRL"])
            + [Membership("GBR", since: day("1973-01-01"), until: day("2020-01-31"))]
            + group("1981-01-01", ["GRC"])
            + group("1986-01-01", ["PRT", "ESP"])
            + group("1995-01-01", ["AUT", "FIN", "SWE"])
            + group("2004-05-01", ["CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"])
            + group("2007-01-01", ["BGR", "ROU"])
            + group("2013-07-01", ["HRV"])

        let g7 = group("1975-11-15", ["FRA", "DEU", "ITA", "JPN", "GBR", "USA"])
            + group("1976-06-27", ["CAN"])
            + group("1977-05-07", ["EU"])

        let csto = group("2002-10-07", ["RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK"])

        let west = ["USA", "GBR", "FRA", "DEU", "CAN", "ITA", "JPN", "AUS", "NATO", "EU", "G7"].map { Membership($0) }

        return Alliances(["NATO": nato, "EU": eu, "G7": g7, "CSTO": csto, "WST": west])
    }()
}
