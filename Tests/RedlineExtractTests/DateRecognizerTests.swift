import RedlineCore
import RedlineText
import Testing
@testable import RedlineExtract

@Suite struct DateRecognizerTests {
    /// One expected date: its text, value, precision and whether it is relative.
    struct Expected: Equatable, Sendable, CustomStringConvertible {
        var text: String
        var value: String?
        var precision: DatePrecision?
        var relative: Bool

        var description: String {
            "\"\(text)\" → \(value ?? "nil") \(precision?.rawValue ?? "nil")\(relative ? " relative" : "")"
        }
    }

    /// A text, its publication day and the dates it should give.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var published: String?
        var expected: [Expected]

        init(_ text: String, published: String? = "2022-05-03", _ expected: Expected...) {
            self.text = text
            self.published = published
            self.expected = expected
        }

        var testDescription: String { "\(text) [\(published ?? "no date")]" }
    }

    /// An expression that names its year.
    static func fixed(_ text: String, _ value: String?, _ precision: DatePrecision? = .day) -> Expected {
        Expected(text: text, value: value, precision: precision, relative: false)
    }

    /// An expression read against publication or an earlier date.
    static func rel(_ text: String, _ value: String?, _ precision: DatePrecision? = .day) -> Expected {
        Expected(text: text, value: value, precision: precision, relative: true)
    }

    static func recognized(_ text: String, published: String?) -> [Expected] {
        let segmented = SegmentedText(Document(source: "t", text: text))
        return DateRecognizer().recognize(segmented, published: published.flatMap { Day($0) }).map {
            Expected(text: segmented.buffer.string($0.bytes), value: $0.value?.description,
                     precision: $0.precision, relative: $0.relative)
        }
    }

    // Publication 2022-05-03 is a Tuesday unless a case says otherwise.
    static let absolute: [Case] = [
        Case("Russia invaded Ukraine on 24 February 2022.", fixed("on 24 February 2022", "2022-02-24")),
        Case("The invasion began on February 24, 2022, at dawn.", fixed("on February 24, 2022", "2022-02-24")),
        Case("The invasion began Feb. 24, 2022.", fixed("Feb. 24, 2022", "2022-02-24")),
        Case("Talks were held Feb 24 in Minsk.", rel("Feb 24", "2022-02-24")),
        Case("The strike came on February 24 before dawn.", rel("on February 24", "2022-02-24")),
        Case("Officials met Feb. 16 in Brussels.", published: "2024-03-01", rel("Feb. 16", "2024-02-16")),
        Case("On April 13, Russian Deputy Foreign Minister Sergei Ryabkov spoke.", rel("On April 13", "2022-04-13")),
        Case("He spoke on the 13th of April.", rel("on the 13th of April", "2022-04-13")),
        Case("He spoke on 13th April in Moscow.", rel("on 13th April", "2022-04-13")),
        Case("Troops crossed on April 13th.", rel("on April 13th", "2022-04-13")),
        Case("The decree is dated 2022-02-24.", fixed("2022-02-24", "2022-02-24")),
        Case("The log shows 2022-02-24T04:00 as the start.", fixed("2022-02-24T04:00", "2022-02-24")),
        Case("The decree is dated 24/02/2022.", fixed("24/02/2022", "2022-02-24")),
        Case("The memo is dated 02/24/2022.", fixed("02/24/2022", "2022-02-24")),
        Case("The decree is dated 24.02.2022.", fixed("24.02.2022", "2022-02-24")),
        Case("The memo is dated 03/04/2022."),
        Case("Troops massed in December 2021.", fixed("December 2021", "2021-12-01", .month)),
        Case("Troops massed in December of 2021.", fixed("December of 2021", "2021-12-01", .month)),
        Case("Russia annexed Crimea in 2014.", fixed("2014", "2014-01-01", .year)),
        Case("The war has raged since 2014.", fixed("2014", "2014-01-01", .year)),
        Case("Sanctions end by 2030, officials said.", fixed("2030", "2030-01-01", .year)),
        Case("It was signed at the end of 2021.", fixed("2021", "2021-01-01", .year)),
        Case("They recalled the 2014 annexation of Crimea.", fixed("2014", "2014-01-01", .year)),
        Case("They recalled Russia's 2014 annexation of Crimea.", fixed("2014", "2014-01-01", .year)),
        Case("Fighting went on between 2014 and 2022.", fixed("2014", "2014-01-01", .year), fixed("2022", "2022-01-01", .year)),
        Case("The 2014-2022 period was tense.", fixed("2014-2022", "2014-01-01", .year)),
        Case("Fighting went on from 2014 to 2022.", fixed("2014", "2014-01-01", .year), fixed("2022", "2022-01-01", .year)),
        Case("The winter of 2014-15 was hard.", fixed("2014-15", "2014-01-01", .year)),
        Case("Sept. 11, 2001, changed everything.", fixed("Sept. 11, 2001", "2001-09-11")),
        Case("Casualties peaked in the last week of February.", rel("February", "2022-02-01", .month)),
        Case("The Moskva sank late on April 14.", rel("late on April 14", "2022-04-14")),
        Case("Prices rose in mid-January.", published: "2022-02-18", rel("mid-January", "2022-01-01", .month)),
        Case("Prices rose in mid-January 2021.", fixed("mid-January 2021", "2021-01-01", .month)),
        Case("Growth stalled in mid-2021.", fixed("mid-2021", "2021-01-01", .year)),
        Case("Troops arrived in early November 2021.", fixed("early November 2021", "2021-11-01", .month)),
        Case("Troops arrived in late 2021.", fixed("late 2021", "2021-01-01", .year)),
        Case("Talks resumed in early May.", rel("early May", "2022-05-01", .month)),
        Case("NATO expanded in the 1990s.", fixed("1990s", "1990-01-01", .year)),
        Case("NATO expanded in the late 1990s.", fixed("late 1990s", "1990-01-01", .year)),
        Case("They disputed last August's election.", rel("last August", "2021-08-01", .month)),
        Case("Protests followed in August.", rel("August", "2021-08-01", .month)),
        Case("Protests followed in January.", rel("January", "2022-01-01", .month)),
        Case("Elections were held in May.", rel("May", "2022-05-01", .month)),
        Case("The parade is on May 9 in Moscow.", rel("on May 9", "2022-05-09")),
        Case("The offensive began in March and ended in May.", rel("March", "2022-03-01", .month), rel("May", "2022-05-01", .month)),
        Case("It happened in February last year.", rel("February last year", "2021-02-01", .month)),
        Case("Germany invaded on June 22, 1941.", fixed("on June 22, 1941", "1941-06-22")),
        Case("Talks were held February 23-24 in Minsk.", rel("February 23-24", "2022-02-23")),
        Case("The weekend of May 7-8 was quiet.", rel("May 7-8", "2022-05-07")),
        Case("Talks were held Feb 23-24, 2022, in Minsk.", fixed("Feb 23-24, 2022", "2022-02-23")),
        Case("Putin spoke on Monday, Feb. 21, in a televised address.", rel("on Monday, Feb. 21", "2022-02-21")),
        Case("Putin spoke on Monday, Feb. 21.", published: "2023-03-01", rel("on Monday, Feb. 21", "2022-02-21")),
        Case("Putin spoke on Monday, February 21, 2022.", fixed("on Monday, February 21, 2022", "2022-02-21")),
        Case("The treaty dates from 29 February 2023.", fixed("29 February 2023", nil)),
        Case("On March 18, 2014, Putin signed the treaty, and on March 21 the Duma ratified it.",
             fixed("On March 18, 2014", "2014-03-18"), fixed("on March 21", "2014-03-21")),
        Case("Since 2014 Russia has held Crimea, and on Feb. 24 it invaded.",
             fixed("2014", "2014-01-01", .year), rel("on Feb. 24", "2022-02-24")),
        Case("On March 18, 2014, Putin signed the treaty. On March 21 the Duma ratified it.",
             fixed("On March 18, 2014", "2014-03-18"), rel("On March 21", "2022-03-21")),
    ]

    static let relative: [Case] = [
        Case("Today the talks resumed.", rel("Today", "2022-05-03")),
        Case("Kyiv was shelled yesterday.", rel("yesterday", "2022-05-02")),
        Case("Kyiv was shelled yesterday morning.", rel("yesterday morning", "2022-05-02")),
        Case("Talks resume tomorrow.", rel("tomorrow", "2022-05-04")),
        Case("Kyiv was shelled last night.", rel("last night", "2022-05-02")),
        Case("Last week, Moscow warned the West.", rel("Last week", "2022-04-25", .week)),
        Case("Talks continue this week.", rel("this week", "2022-05-02", .week)),
        Case("Talks continue next week.", rel("next week", "2022-05-09", .week)),
        Case("Talks collapsed last month.", rel("last month", "2022-04-01", .month)),
        Case("Talks collapsed this month.", rel("this month", "2022-05-01", .month)),
        Case("Talks collapsed earlier this month.", rel("earlier this month", "2022-05-01", .month)),
        Case("Talks resume later this month.", rel("later this month", "2022-05-01", .month)),
        Case("Talks resume next month.", rel("next month", "2022-06-01", .month)),
        Case("Talks collapsed last year.", rel("last year", "2021-01-01", .year)),
        Case("Talks collapsed late last year.", rel("late last year", "2021-01-01", .year)),
        Case("Talks collapsed this year.", rel("this year", "2022-01-01", .year)),
        Case("Talks resume next year.", rel("next year", "2023-01-01", .year)),
        Case("Troops massed last November.", rel("last November", "2021-11-01", .month)),
        Case("Troops massed last November.", published: "2021-11-20", rel("last November", "2020-11-01", .month)),
        Case("Elections are due this November.", rel("this November", "2022-11-01", .month)),
        Case("Elections are due next November.", rel("next November", "2022-11-01", .month)),
        Case("The ministry said on Wednesday that talks failed.", published: "2021-04-22", rel("on Wednesday", "2021-04-21")),
        Case("The ministry said on Thursday that talks failed.", published: "2021-04-22", rel("on Thursday", "2021-04-22")),
        Case("Last Thursday, drones struck.", rel("Last Thursday", "2022-04-28")),
        Case("Drones struck Tuesday night.", rel("Tuesday night", "2022-05-03")),
        Case("Early on Friday, explosions were heard.", rel("Early on Friday", "2022-04-29")),
        Case("Monday's attack killed six.", rel("Monday", "2022-05-02")),
        Case("Talks resume next Monday.", rel("next Monday", "2022-05-09")),
        Case("Talks resume this Friday.", rel("this Friday", "2022-05-06")),
        Case("Leaders will meet on Wednesday in Brussels.", rel("on Wednesday", "2022-05-04")),
        Case("Russia will respond, Lavrov said on Monday.", rel("on Monday", "2022-05-02")),
        Case("The summit took place on June 28.", rel("on June 28", "2021-06-28")),
        Case("The summit will take place on June 28.", rel("on June 28", "2022-06-28")),
        Case("Elections will be held in October.", rel("October", "2022-10-01", .month)),
        Case("Results will be announced on Friday.", rel("on Friday", "2022-05-06")),
        Case("Ukraine will never forget what happened on Feb. 24.", rel("on Feb. 24", "2022-02-24")),
        Case("The court is due to rule on June 12.", rel("on June 12", "2022-06-12")),
        Case("The plant was hit three days ago.", rel("three days ago", "2022-04-30")),
        Case("The plant was hit 10 days ago.", rel("10 days ago", "2022-04-23")),
        Case("The plant was hit two weeks ago.", rel("two weeks ago", "2022-04-18", .week)),
        Case("The plant was hit a month ago.", rel("a month ago", "2022-04-01", .month)),
        Case("The plant was hit a year ago.", rel("a year ago", "2021-01-01", .year)),
        Case("The plant was hit a few days ago.", rel("a few days ago", nil, nil)),
        Case("Days earlier, the plant was hit.", rel("Days earlier", nil, nil)),
        Case("Kyiv was shelled last weekend.", rel("last weekend", "2022-04-25", .week)),
        Case("Kyiv was shelled this past weekend.", rel("this past weekend", "2022-04-25", .week)),
        Case("Kyiv was shelled over the weekend.", rel("the weekend", "2022-04-25", .week)),
        Case("Talks ended the day before yesterday.", rel("the day before yesterday", "2022-05-01")),
        Case("Kyiv was shelled this morning.", rel("this morning", "2022-05-03")),
    ]

    static let anchored: [Case] = [
        Case("The test took place on Sept. 3, 2017. The general warned that day that the answer would be massive.",
                 fixed("on Sept. 3, 2017", "2017-09-03"), rel("that day", "2017-09-03")),
        Case("On April 13, Ryabkov warned. Later that night, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("that night", "2022-04-13")),
        Case("On April 13, Ryabkov warned. The next day, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("The next day", "2022-04-14")),
        Case("On April 13, Ryabkov warned. The following day, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("The following day", "2022-04-14")),
        Case("On April 13, Ryabkov warned. A day later, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("A day later", "2022-04-14")),
        Case("On April 13, Ryabkov warned. Three days later, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("Three days later", "2022-04-16")),
        Case("On April 13, Ryabkov warned. Thirteen days later, the cruiser sank.",
                 rel("On April 13", "2022-04-13"), rel("Thirteen days later", "2022-04-26")),
        Case("On April 13, Ryabkov warned. He had spoken the day before.",
                 rel("On April 13", "2022-04-13"), rel("the day before", "2022-04-12")),
        Case("On April 13, Ryabkov warned. He had spoken the previous day.",
                 rel("On April 13", "2022-04-13"), rel("the previous day", "2022-04-12")),
        Case("On April 13, Ryabkov warned. Later that day, the cruiser burned.",
                 rel("On April 13", "2022-04-13"), rel("Later that day", "2022-04-13")),
        Case("On April 13, Ryabkov warned. The following week, talks stalled.",
                 rel("On April 13", "2022-04-13"), rel("The following week", "2022-04-18", .week)),
        Case("In December 2021, Moscow wrote to NATO. A month later, talks failed.",
                 fixed("December 2021", "2021-12-01", .month), rel("A month later", "2022-01-01", .month)),
        Case("The cruiser sank the next day.", rel("the next day", nil)),
        Case("Russia invaded on 24 February 2022. The next day, Kyiv was shelled.", published: nil,
                 fixed("on 24 February 2022", "2022-02-24"), rel("The next day", "2022-02-25")),
        Case("Talks ended two days before the vote."),
        Case("It rained on Feb. 28, 2024. The next day, the talks began.", published: nil,
                 fixed("on Feb. 28, 2024", "2024-02-28"), rel("The next day", "2024-02-29")),
        Case("It rained on Feb. 28, 2023. The next day, the talks began.", published: nil,
                 fixed("on Feb. 28, 2023", "2023-02-28"), rel("The next day", "2023-03-01")),
    ]

    static let unpublished: [Case] = [
        Case("Last week, Moscow warned the West.", published: nil, rel("Last week", nil, .week)),
        Case("Russia invaded Ukraine on 24 February 2022.", published: nil, fixed("on 24 February 2022", "2022-02-24")),
        Case("Officials met Feb. 16 in Brussels.", published: nil, rel("Feb. 16", nil)),
        Case("Troops massed last November.", published: nil, rel("last November", nil, .month)),
        Case("The ministry said on Wednesday that talks failed.", published: nil, rel("on Wednesday", nil)),
        Case("The plant was hit three days ago.", published: nil, rel("three days ago", nil)),
        Case("Prices rose in mid-January.", published: nil, rel("mid-January", nil, .month)),
    ]

    static let notDates: [Case] = [
        Case("He said that days of talks lay ahead."),
        Case("Officials said that week-long drills would follow."),
        Case("Russia may feel the need to respond."),
        Case("Russia May Respond In Kind, Officials Warn"),
        Case("May God protect Ukraine, he said."),
        Case("Theresa May said the line was clear."),
        Case("Britain under Theresa May last year drew the line.", rel("last year", "2021-01-01", .year)),
        Case("Thousands joined a pro-Navalny march in Vladivostok."),
        Case("Thousands joined a march in Vladivostok."),
        Case("Protesters march on the Kremlin."),
        Case("Some 100,000 troops massed at the border."),
        Case("He received a 19-year sentence."),
        Case("The 47-year-old was detained."),
        Case("Article 5 of the NATO treaty applies."),
        Case("Section 230 protects platforms."),
        Case("Leaders met at the G20 summit."),
        Case("The strike began at 10:00 local time."),
        Case("About 2022 people were evacuated."),
        Case("A total of 2022 people were evacuated."),
        Case("The Sun reported the strike."),
        Case("The Sunday Times reported the strike."),
        Case("Marchers recalled Bloody Sunday."),
        Case("Russia Today reported the strike."),
        Case("Casualties rose over the last week."),
        Case("Talks may resume, but not this time."),
        Case("In March 2 million people fled.", rel("March", "2022-03-01", .month)),
        Case("The march was peaceful, a spokesman said."),
        Case("We will fight for 2022 votes."),
        Case("Security Council Resolution 1973 authorised it."),
        Case("Putin Says Russia Will Respond To NATO Expansion"),
        Case("Twice a day, sirens sounded for a week."),
    ]

    static let yearBoundaries: [Case] = [
        Case("Troops massed last December.", published: "2022-01-03", rel("last December", "2021-12-01", .month)),
        Case("Last week, Moscow warned the West.", published: "2022-01-03", rel("Last week", "2021-12-27", .week)),
        Case("Kyiv was shelled yesterday.", published: "2022-01-01", rel("yesterday", "2021-12-31")),
        Case("Talks collapsed last year.", published: "2022-01-03", rel("last year", "2021-01-01", .year)),
        Case("Last Friday, drones struck.", published: "2022-01-03", rel("Last Friday", "2021-12-31")),
        Case("Talks resume next week.", published: "2021-12-29", rel("next week", "2022-01-03", .week)),
        Case("Talks resume next month.", published: "2021-12-15", rel("next month", "2022-01-01", .month)),
        Case("Officials met Dec. 30 in Geneva.", published: "2022-01-03", rel("Dec. 30", "2021-12-30")),
        Case("Officials meet Jan. 5 in Geneva.", published: "2021-12-20", rel("Jan. 5", "2022-01-05")),
        Case("Troops massed in December.", published: "2022-01-03", rel("December", "2021-12-01", .month)),
        Case("Talks resume in January.", published: "2021-12-20", rel("January", "2022-01-01", .month)),
    ]

    static let leapYears: [Case] = [
        Case("Officials met Feb. 29 in Geneva.", published: "2024-03-10", rel("Feb. 29", "2024-02-29")),
        Case("Officials met Feb. 29 in Geneva.", published: "2023-03-10", rel("Feb. 29", "2020-02-29")),
        Case("The plant was hit three days ago.", published: "2024-03-01", rel("three days ago", "2024-02-27")),
        Case("The plant was hit three days ago.", published: "2023-03-01", rel("three days ago", "2023-02-26")),
        Case("The plant was hit a month ago.", published: "2024-03-31", rel("a month ago", "2024-02-01", .month)),
        Case("Last week, Moscow warned the West.", published: "2024-03-01", rel("Last week", "2024-02-19", .week)),
        Case("Kyiv was shelled yesterday.", published: "2024-03-01", rel("yesterday", "2024-02-29")),
        Case("It was signed on 29 February 2024.", fixed("on 29 February 2024", "2024-02-29")),
    ]

    @Test(arguments: absolute) func writtenDates(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: relative) func datesReadAgainstPublication(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: anchored) func datesReadAgainstAnEarlierDate(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: unpublished) func withoutPublicationRelativeDatesStayOpen(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: notDates) func wordsThatAreNotDates(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: yearBoundaries) func acrossYearBoundaries(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test(arguments: leapYears) func inLeapYears(_ c: Case) {
        #expect(Self.recognized(c.text, published: c.published) == c.expected)
    }

    @Test func annotationsCarryTokensBytesAndSentence() throws {
        let text = SegmentedText(Document(source: "t", text: "Kyiv was calm. On April 13, Ryabkov warned."))
        let found = DateRecognizer().recognize(text, published: Day("2022-05-03"))
        let date = try #require(found.first)
        #expect(found.count == 1)
        #expect(date.sentence == 1)
        #expect(text.text(tokens: date.tokens) == "On April 13")
        #expect(date.bytes == 15..<26)
    }

    @Test func mentionsCountUnicodeScalars() throws {
        let text = SegmentedText(Document(source: "t", text: "Zelenskyy’s café — on Feb. 16, Kyiv…"))
        let date = try #require(DateRecognizer().recognize(text, published: Day("2024-03-01")).first)
        let mention = date.mention(in: text)
        #expect(mention.text == "on Feb. 16")
        #expect(mention.span == ScalarSpan(19, 29))
        #expect(mention.value == Day("2024-02-16"))
        #expect(mention.precision == .day)
        #expect(mention.relative)
    }

    @Test func theYearlessLookaheadIsConfigurable() {
        let text = SegmentedText(Document(source: "t", text: "The summit took place on June 28."))
        let recognizer = DateRecognizer(configuration: .init(yearlessLookahead: 90))
        #expect(recognizer.recognize(text, published: Day("2022-05-03")).first?.value == Day("2022-06-28"))
    }

    /// Work grows with the number of tokens, not with the number of candidates in a sentence:
    /// a text packed with words that open dates, in one endless sentence, still costs a few token
    /// reads per token, and twice the text costs twice the reads.
    @Test func workIsLinearInTokens() {
        let packed = "the a last early May 9 2014 the next day three days later will meet on Monday , Feb "
            + "in late 2021 mid-January this past weekend a few days ago the day before 24 February 2022 "
        func probes(_ copies: Int) -> (probes: Int, tokens: Int) {
            let text = SegmentedText(Document(source: "t", text: String(repeating: packed, count: copies)))
            return (DateRecognizer().scan(text, published: Day("2022-05-03")).probes, text.tokens.count)
        }
        let small = probes(500), large = probes(1000)
        #expect(small.tokens > 10_000)
        #expect(large.probes <= 8 * large.tokens)
        #expect(Double(large.probes) <= 2.05 * Double(small.probes))
    }

    /// Random text made of date-shaped pieces: nothing traps, expressions come in order without
    /// overlapping, never cross a sentence, and every value is the first day of its period.
    @Test func randomTextKeepsTheInvariants() {
        let pieces = ["the", "a", "on", "last", "next", "this", "past", "early", "mid", "late", "earlier", "later",
                      "May", "may", "March", "Feb", ".", ",", "Monday", "Sun", "today", "Today", "day", "days",
                      "week", "weekend", "month", "year", "ago", "later", "before", "after", "that", "same",
                      "following", "of", "in", "since", "will", "said", "9", "13th", "29", "31", "2014", "2022",
                      "1990s", "mid-January", "mid-2021", "23-24", "2022-02-24", "24/02/2022", "12/11/2022",
                      "three", "few", "night", "morning", "Russia", "people", "\n\n", "(", "\u{201C}", "Kyiv’s"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func nextIndex() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(pieces.count))
        }
        for published in [Day("2022-05-03"), Day("2024-02-29"), nil] {
            for _ in 0..<40 {
                let words = (0..<200).map { _ in pieces[nextIndex()] }
                let text = SegmentedText(Document(source: "t", text: words.joined(separator: " ")))
                var end = 0
                for date in DateRecognizer().recognize(text, published: published) {
                    #expect(date.tokens.lowerBound >= end)
                    end = date.tokens.upperBound
                    #expect(text.sentenceOfToken[date.tokens.lowerBound] == text.sentenceOfToken[date.tokens.upperBound - 1])
                    #expect(date.value == nil || date.precision != nil)
                    if let value = date.value, let precision = date.precision {
                        switch precision {
                        case .day: break
                        case .week: #expect(value.weekday == 1)
                        case .month: #expect(value.day == 1)
                        case .year: #expect(value.day == 1 && value.month == 1)
                        }
                    }
                }
            }
        }
    }
}
