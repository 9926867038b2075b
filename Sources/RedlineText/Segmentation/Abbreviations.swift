/// Abbreviations whose final dot does not end a sentence, lower-cased and without the dot.
enum Abbreviations {
    /// Titles and honorifics: always followed by a name, never sentence-final.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
        "adm", "cmdr", "cdr", "brig", "rep", "reps", "sen", "sens", "gov", "govs", "pres", "amb", "rev", "hon",
        "fr", "sr", "jr", "st", "ste", "mt", "ft", "gens", "lieut", "supt", "insp", "det", "atty", "sec", "secy",
        "messrs", "mme", "mlle", "hr", "hh",
    ]
    /// Months and days: not sentence-final when a number follows ("Feb. 16").
    static let calendar: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Other common abbreviations that rarely end a sentence.
    static let other: Set<String> = [
        "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "bros", "co", "corp", "inc",
        "ltd", "plc", "al", "cf", "fig", "figs", "vol", "vols", "ed", "eds", "pp", "op", "cit", "ibid",
        "ca", "c", "e.g", "i.e", "a.m", "p.m", "ave", "blvd", "rd", "hwy", "pt", "para", "art", "arts", "sq",
        "km", "mi", "kg", "lb", "lbs", "oz",
    ]
    /// Abbreviations that end a sentence only when the next word starts one.
    static let sentenceFinalCapable: Set<String> = ["etc", "co", "corp", "inc", "ltd", "plc", "al", "a.m", "p.m", "no"]
}

/// Words that commonly open a sentence; after "U.S." or "a.m." one of these signals a new sentence.
enum SentenceStarters {
    static let words: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "after", "before", "when", "while",
        "as", "if", "since", "although", "though", "however", "meanwhile", "still", "there", "his", "her",
        "their", "its", "our", "my", "some", "many", "most", "all", "both", "each", "no", "not", "last",
        "earlier", "later", "then", "now", "today", "yesterday", "on", "officials", "russia", "ukraine",
    ]
}
