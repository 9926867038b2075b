import RedlineText

/// The words that can open or shape a temporal expression, keyed by their comparison form
/// (`SegmentedText.norms`). One dictionary lookup per word token decides whether the recogniser
/// looks any closer; every other table here is consulted only inside a candidate.
///
/// Calendar words are closed classes of English, so they live in code rather than in a lexicon
/// file an analyst would extend.
enum DateVocabulary {
    /// The periods an offset or a shift counts in.
    enum Unit: Sendable, Equatable {
        case day, week, weekend, month, year
    }

    /// What a word can do at the start of (or inside) a temporal expression.
    enum Word: Sendable, Equatable {
        /// "January" ... "December"; `ambiguous` names are also common words or names ("May",
        /// "March", "April", "June", "August") and need a day, a year or a date context.
        case month(Int, ambiguous: Bool)
        /// "Jan", "Feb", "Sept": only ever a month when a day or year follows.
        case monthAbbreviation(Int)
        /// ISO weekday, Monday 1.
        case weekday(Int)
        /// "Mon", "Wed": only in front of an explicit date ("Wed., Feb. 23").
        case weekdayAbbreviation(Int)
        /// "today" 0, "yesterday" -1, "tomorrow" +1, "tonight" 0.
        case deictic(Int)
        /// "last" -1, "this" 0, "next" +1.
        case shift(Int)
        /// "early", "mid", "late": a part of the period that follows.
        case part
        /// "earlier", "later": "earlier this month", "later that day".
        case aside
        case the
        /// "a", "an", "one" ... "twenty", "thirty" ... "ninety".
        case count(Int)
        /// "few", "several": an offset that cannot be resolved.
        case vague
        case unit(Unit, plural: Bool)
        /// "that": "that day", "that week", "that night" name the period of the last date told.
        case anaphor
    }

    static let words: [String: Word] = {
        var table = [String: Word]()
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        let ambiguousMonths: Set<String> = ["march", "may", "april", "june", "august"]
        for (index, name) in months.enumerated() {
            table[name] = .month(index + 1, ambiguous: ambiguousMonths.contains(name))
        }
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        for (name, month) in abbreviations { table[name] = .monthAbbreviation(month) }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() { table[name] = .weekday(index + 1) }
        let shortWeekdays: [(String, Int)] = [
            ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4),
            ("fri", 5), ("sat", 6), ("sun", 7),
        ]
        for (name, weekday) in shortWeekdays { table[name] = .weekdayAbbreviation(weekday) }
        table["today"] = .deictic(0)
        table["tonight"] = .deictic(0)
        table["yesterday"] = .deictic(-1)
        table["tomorrow"] = .deictic(1)
        table["last"] = .shift(-1)
        table["this"] = .shift(0)
        table["next"] = .shift(1)
        table["that"] = .anaphor
        for word in ["early", "mid", "late"] { table[word] = .part }
        for word in ["earlier", "later"] { table[word] = .aside }
        table["the"] = .the
        table["a"] = .count(1)
        table["an"] = .count(1)
        let counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                      "eighteen", "nineteen", "twenty"]
        for (index, word) in counts.enumerated() { table[word] = .count(index + 1) }
        for (word, count) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("ninety", 90)] {
            table[word] = .count(count)
        }
        table["few"] = .vague
        table["several"] = .vague
        for (word, unit) in [("day", Unit.day), ("week", .week), ("weekend", .weekend), ("month", .month), ("year", .year)] {
            table[word] = .unit(unit, plural: false)
            table[word + "s"] = .unit(unit, plural: true)
        }
        return table
    }()

    /// Longest key of `words`, to skip the lookup for longer tokens.
    static let longestWord = words.keys.map(\.utf8.count).max() ?? 0
    /// Every word of `words` as a class, so that segmentation marks the tokens worth a lookup.
    static let wordClass = WordClass(bit: 19, Set(words.keys))
    /// "the", "a", "an": they open a date only before a calendar word, a number or one of
    /// ``definiteFollowers`` ("the following day"), which the scanner checks before any lookup.
    static let articles = WordClass(bit: 31, ["the", "a", "an"])
    static let definiteFollowers: Set<String> = ["following", "previous", "preceding", "same"]

    static func unit(_ norm: String) -> (unit: Unit, plural: Bool)? {
        if case .unit(let unit, let plural)? = words[norm] { return (unit, plural) }
        return nil
    }

    /// Words after which a bare month name ("in May", "the end of March") or a bare year
    /// ("since 2014") is a date.
    static let periodContext: Set<String> = [
        "in", "by", "until", "till", "since", "from", "through", "throughout", "during", "before", "after",
        "between", "around", "circa", "early", "mid", "late", "last", "this", "next", "of", "for",
        "spring", "summer", "autumn", "fall", "winter", "year",
    ]

    /// Words that join a second period to the one just found: "between 2014 and 2022".
    static let continuation: Set<String> = ["and", "or", "to", "through", "-", "–", "—", "until"]

    /// Nouns before "of" that make the year after it a date: "the end of 2021".
    static let periodNouns: Set<String> = [
        "end", "start", "beginning", "middle", "spring", "summer", "autumn", "fall", "winter", "half",
        "quarter", "part", "course", "rest", "remainder", "months", "weeks", "days", "year", "years",
    ]

    /// Determiners before a year used as a modifier: "the 2014 annexation", "a 2019 report".
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]

    /// Nouns after a number that make it a quantity, not a day or a year: "2022 people".
    static let quantityNouns: Set<String> = [
        "people", "persons", "troops", "soldiers", "men", "women", "children", "civilians", "residents",
        "refugees", "votes", "voters", "tanks", "km", "kilometres", "kilometers", "miles", "metres", "meters",
        "feet", "tons", "tonnes", "hours", "units", "members", "cases", "deaths", "dead", "casualties",
        "million", "billion", "thousand", "hundred", "percent", "per", "%", "dollars", "euros", "rubles",
        "roubles", "pounds", "times", "points", "seats", "delegates", "prisoners", "missiles", "drones",
        "rockets", "shells", "jets", "aircraft", "ships", "vehicles", "signatures", "words", "pages",
    ]

    /// Words whose nearness makes a date without a year, or a bare weekday, point forward:
    /// "talks will resume on Wednesday".
    static let futureCues: Set<String> = ["will", "shall", "scheduled", "slated", "upcoming", "due"]

    /// Words that end the search for a future cue: what comes before them is another clause
    /// ("Russia will respond, Lavrov said on Tuesday").
    static let clauseBreaks: Set<String> = [
        ",", ";", ":", "said", "says", "told", "added", "warned", "announced", "stated", "wrote", "claimed",
        "reported", "insisted", "noted", "declared", "tweeted", "that",
    ]

    /// Parts of a day that may follow a day expression: "Tuesday night", "yesterday morning".
    static let timesOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "overnight"]

    /// Capitalised words after a weekday that make it part of a name: "the Sunday Times".
    static let weekdayNameFollowers: Set<String> = [
        "times", "telegraph", "express", "mirror", "post", "herald", "independent", "star", "mail",
        "observer", "people", "sport", "world", "club", "school", "service",
    ]

    /// Words before a weekday that make it generic rather than one day: "every Sunday", "a Monday".
    static let weekdayGenerics: Set<String> = ["the", "a", "an", "every", "each", "any", "some", "one"]
}
