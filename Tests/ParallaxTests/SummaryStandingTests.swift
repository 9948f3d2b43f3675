import Testing

@testable import Parallax

/// The summary on small stories written for these tests: no sentence restates another, every
/// sentence stands alone, and page furniture or a split in the middle of a sentence never
/// becomes a summary sentence (issue 12, points 6 and 7).
@Suite("Summaries that stand alone")
struct SummaryStandingTests {
    let analyzer = ArticleAnalyzer()

    func analyzed(_ id: String, _ text: String, published: String = "2026-03-04") -> AnalyzedArticle {
        analyzer.analyze(
            Article(
                id: id, input: id, outlet: "Outlet " + id, published: PublicationDate(iso8601: published),
                language: "en", text: text))
    }

    /// Whether the sentence of `sentences` beginning with `opening` stands alone after the
    /// sentences beginning with `earlier`.
    func standsAlone(_ opening: String, after earlier: [String] = [], in sentences: StorySentences) throws -> Bool {
        let item = try #require(sentences.items.first { $0.text.hasPrefix(opening) }, "no sentence \(opening)")
        let before = try earlier.map { prefix in try #require(sentences.items.first { $0.text.hasPrefix(prefix) }) }
        return SummaryWriter.standsAlone(item, SummaryWriter.standing(of: item, in: sentences), after: before)
    }

    @Test func aRoleOrAHappeningOpeningNeedsToHaveBeenTold() throws {
        let sentences = StorySentences(articles: [
            analyzed(
                "a",
                """
                Actress Mara Quill checked into the Harbourside clinic in Port Alder on Monday, her agent said.

                The 26-year-old actress checked into the clinic after a court hearing in Port Alder.

                The fire was reported at 3:33 a.m. by a neighbour of the old dairy building.

                The Golden Reel director Tomas Brandt is expected to direct the sequel next year.

                One of them told the judge in Port Alder that he needed more time.

                A second man was arrested near the harbour in Port Alder on Tuesday night.
                """)
        ])
        #expect(try !standsAlone("The 26-year-old actress", in: sentences), "no actress told before")
        #expect(try standsAlone("The 26-year-old actress", after: ["Actress Mara Quill"], in: sentences))
        #expect(try !standsAlone("The fire was reported", in: sentences), "which fire?")
        #expect(try standsAlone("The Golden Reel director Tomas Brandt", in: sentences), "the name says who")
        #expect(try !standsAlone("One of them told", after: ["Actress Mara Quill"], in: sentences))
        #expect(try !standsAlone("A second man", after: ["Actress Mara Quill"], in: sentences))
    }

    @Test func aPronounInASentenceNamingNoOneNeedsAPersonBefore() throws {
        let sentences = StorySentences(articles: [
            analyzed(
                "h",
                """
                An earthquake of magnitude 5.6 struck the island of Velmora early on Sunday morning.

                Houses in two villages were also reported damaged on the island, he added.

                Governor Mehdi Arran said that relief teams had reached every village on the island.
                """)
        ])
        #expect(try !standsAlone("Houses in two villages", after: ["An earthquake"], in: sentences))
        #expect(try standsAlone("Houses in two villages", after: ["Governor Mehdi Arran"], in: sentences))
    }

    @Test func aSurnameNeedsItsFullNameBefore() throws {
        let sentences = StorySentences(articles: [
            analyzed(
                "b",
                """
                Film director Chris Halloway has been hired to direct the second film of the Lantern series.

                Halloway comes on board after the studio and the first film's director failed to agree on terms.
                """)
        ])
        #expect(try !standsAlone("Halloway comes on board", in: sentences), "Halloway never introduced")
        #expect(try standsAlone("Halloway comes on board", after: ["Film director Chris Halloway"], in: sentences))
    }

    /// The sentences of a story of one article written for a test.
    func story(_ id: String, _ text: String) -> StorySentences {
        StorySentences(articles: [analyzed(id, text)])
    }

    /// Whether the sentence beginning with `opening` stands alone after `earlier` under `configuration`.
    func standsAlone(
        _ opening: String, after earlier: [String] = [], in sentences: StorySentences,
        configuration: SummaryConfiguration
    ) throws -> Bool {
        let item = try #require(sentences.items.first { $0.text.hasPrefix(opening) }, "no sentence \(opening)")
        let before = try earlier.map { prefix in try #require(sentences.items.first { $0.text.hasPrefix(prefix) }) }
        let standing = SummaryWriter.standing(of: item, in: sentences, configuration: configuration)
        return SummaryWriter.standsAlone(item, standing, after: before)
    }

    @Test func aRoleThatSpeaksPastTheOpeningNeedsToHaveBeenTold() throws {
        let sentences = story(
            "s",
            """
            An earthquake of magnitude 5.6 struck the island of Velmora early on Sunday morning.

            Relief teams reached every village on the island of Velmora by Monday night, the official said.

            An official of the Velmora council said the island had no power on Monday.

            Two people were hurt in the villages of Velmora on Sunday, according to the spokesman.

            Tomas Brandt, the council's chief medical officer, said two people were hurt on the island.
            """)
        #expect(try !standsAlone("Relief teams reached", after: ["An earthquake"], in: sentences), "which official?")
        #expect(try standsAlone("Relief teams reached", after: ["An official of the Velmora"], in: sentences))
        #expect(try !standsAlone("Two people were hurt", after: ["An earthquake"], in: sentences), "which spokesman?")
        #expect(try standsAlone("Tomas Brandt, the council's", in: sentences), "the name says who speaks")
    }

    @Test func aKickerOpeningPointsBack() throws {
        let sentences = story(
            "k",
            """
            The Lantern studio hired director Chris Halloway for the sequel on Monday morning.

            Adding urgency: the Lantern studio has booked a November release for the sequel.

            Up the coast... the Harbour City team fired its coach after a losing streak.

            First came the shooting: an armed teenager was killed on a dark street in Port Alder.
            """)
        let earlier = ["The Lantern studio hired"]
        #expect(try !standsAlone("Adding urgency:", after: earlier, in: sentences))
        #expect(try !standsAlone("Up the coast...", after: earlier, in: sentences))
        #expect(try standsAlone("First came the shooting:", in: sentences), "four words tell their own subject")
        var off = SummaryConfiguration()
        off.kickerWords = 0
        #expect(try standsAlone("Adding urgency:", after: earlier, in: sentences, configuration: off))
    }

    @Test func aFirstNameAloneAtTheOpeningNeedsTheFullName() throws {
        let sentences = story(
            "g",
            """
            The Harbour City Sixers hired former guard Mo Cheeks as head coach on Monday.

            Mo ran the Sixers in the 1980s as their point guard and won a title in 1983.

            Team president Billy Kane announced the change at a news conference on Monday.
            """)
        #expect(try !standsAlone("Mo ran the Sixers", after: ["Team president Billy Kane"], in: sentences))
        #expect(try standsAlone("Mo ran the Sixers", after: ["The Harbour City Sixers hired"], in: sentences))
    }

    @Test func aPronounAfterAShortOpeningPhrasePointsBack() throws {
        let sentences = story(
            "p",
            """
            The Harbour City team signed forward Elton Brandt to a five-year contract in July.

            Unfortunately, it has not played out that way for the Harbour City team this season.

            In January 1955, the Harbour City team won its first title at the Kodak arena.

            Later, he was named the captain of the Harbour City team for the new season.
            """)
        let earlier = ["The Harbour City team signed"]
        #expect(try !standsAlone("Unfortunately, it has", after: earlier, in: sentences))
        #expect(try standsAlone("In January 1955, the Harbour", in: sentences), "a date, then its own subject")
        #expect(try !standsAlone("Later, he was named", after: earlier, in: sentences), "as \"He was named\"")
        var off = SummaryConfiguration()
        off.openingPhraseWords = 0
        #expect(try standsAlone("Unfortunately, it has", after: earlier, in: sentences, configuration: off))
    }

    @Test func aSummaryDropsWhatOnlyRetellsAChosenSentence() {
        let brief = BriefSynthesizer().brief(of: [
            analyzed(
                "c1",
                "Philadelphia 76ers management fired head coach Maurice Cheeks on Saturday after a poor start.\n\n"
                    + "Assistant general manager Tony DiLeo was appointed coach for the rest of the season."),
            analyzed(
                "c2",
                "Maurice Cheeks is out as Philadelphia 76ers head coach.\n\n"
                    + "The Sixers had lost three games in a row going into Saturday night's game against Washington."),
            analyzed(
                "c3",
                "The 76ers fired head coach Maurice Cheeks on Saturday, the team said.\n\n"
                    + "Cheeks is the fifth coach fired this season in the National Basketball Association."),
        ])
        let summary = brief.summary.map(\.text)
        #expect(summary.contains { $0.contains("Tony DiLeo") }, "\(summary)")
        #expect(!summary.contains { $0.hasPrefix("Maurice Cheeks is out") }, "restates the firing: \(summary)")
        let firings = summary.filter { $0.contains("fired head coach Maurice Cheeks") }
        #expect(firings.count == 1, "one telling of the firing: \(summary)")
    }

    @Test func noTwoSummarySentencesAreSameByTheAligner() {
        let brief = BriefSynthesizer().brief(of: [
            analyzed(
                "d1",
                "A magnitude 5.9 earthquake struck the island of Velmora on Sunday, killing 12 people.\n\n"
                    + "Rescue teams from the mainland searched the rubble of the harbour village through the night."),
            analyzed(
                "d2",
                "The quake of magnitude 5.9 hit Velmora island on Sunday and killed 12 people, the governor said.\n\n"
                    + "The harbour of Velmora was closed to shipping for the rest of the week, port officials said."),
        ])
        let texts = brief.summary.map(\.text)
        let checker = ClaimChecker()
        for (index, first) in texts.enumerated() {
            for second in texts[(index + 1)...] {
                let relation = checker.align(first, second, analyzer: analyzer).relation
                #expect(relation != .same, "\(first) / \(second)")
            }
        }
        #expect(brief.summary.count >= 2, "\(brief.summary.map(\.text))")
    }

    @Test func aTitleCaseLineClosedByAFullStopIsAHeadline() {
        let article = analyzed(
            "e",
            """
            Esther Vane-Esther Vane: "Golden Mermaid" Swimmer And Actress Dies Aged 91.

            Jon Rook and Ellen Marsh, recent hosts, are both known as television stars.

            Palmer Fire & Rescue, along with the Mat-Su Central Fire Department, responded.
            """)
        let roles = SentenceHygiene().roles(in: article)
        #expect(roles == [.headline, .prose, .prose], "\(article.sentences.map(\.text))")
    }

    @Test func aTeaserThatTrailsOffIsNoStatement() {
        let article = analyzed(
            "f",
            "Sixers coach Jim Obrey was fired today and taking over will be the former Portland coach...\n\n"
                + "Sixers coach Jim Obrey was fired today and the former Portland coach will take over.")
        #expect(article.sentences.map { StorySentences.isStatement($0) } == [false, true])
    }

    @Test func noSentenceStartsInTheMiddleOfAnother() {
        let segmenter = TextSegmenter()
        for text in [
            "\"We won!\" declared Rep. Harlan Moss after the vote. The count ended at midnight.",
            "She starred in a reality show on the E! network which premiered in 2005. It ran for a year.",
            "\"Why now?\" asked the minister at the briefing. Nobody answered.",
            "She returned with a. 357 Magnum and opened fire on her co-workers. Two of them died.",
            "The cabinet agreed a? 110-billion bailout with its lenders at the weekend. Markets rose on Monday.",
            "It cut spending in return for? 110bn in loans over three years. Markets rose on Monday.",
        ] {
            let sentences = segmenter.sentences(in: text).map { String(text[$0]) }
            #expect(sentences.count == 2, "\(sentences)")
            #expect(sentences.allSatisfy { $0.first?.isLowercase == false }, "\(sentences)")
        }
        let text = "Is it over? Not yet. What a night! The count went on. It came to a. 357 Magnum. 12 Men held it."
        #expect(segmenter.sentences(in: text).count == 6, "a capital after ! or ? begins a sentence, as a number does")
    }

    @Test func furnitureHasItsRole() {
        let article = analyzed(
            "g",
            """
            By Jane Harrow, Staff Writer

            Updated: July 02, 2013 15:50 IST

            Intel (nasdaq: INTC - news - people) said profits rose in the second quarter of the year.

            Photo: rescue teams at work near the harbour (AP Photo/Jane Harrow)

            Read more at https://example.com/story and share it with your friends.

            The harbour of Velmora reopened to shipping on Monday after a week of repairs.
            """)
        let roles = SentenceHygiene().roles(in: article)
        #expect(roles == [.byline, .timestamp, .ticker, .caption, .markup, .prose], "\(article.sentences.map(\.text))")
    }
}
