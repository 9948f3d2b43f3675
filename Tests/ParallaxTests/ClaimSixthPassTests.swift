import Testing

@testable import Parallax

/// What the sixth pass asks of claims (docs/claims.md), on statements written for these tests,
/// each with a control: a full date's written year tells another event as a year does; a toll
/// counted on both sides is what the happening is about, so differing tolls conflict even where
/// the words after the head differ and nobody is named, but not where each names another place.
@Suite("Claim years and tolls")
struct ClaimSixthPassTests {
    @Test func aDayWithItsYearWrittenTellsAnotherEvent() {
        let twoEvents = align(
            "Ria Dalton had her number 10 jersey retired by the Velmora Hawks on Feb. 6, 1995.",
            "Ria Dalton also played in Corvid and Brevik before retiring from the Velmora Hawks in 1993.")
        #expect(twoEvents.relation != .same, "\(twoEvents.slots)")
        #expect(twoEvents.slots.contains { $0.name == "epoch" && $0.verdict == .differ }, "\(twoEvents.slots)")
        var configuration = AlignmentConfiguration()
        configuration.statedDayYearsTellEvents = false
        let yearsOnly = align(
            "Ria Dalton had her number 10 jersey retired by the Velmora Hawks on Feb. 6, 1995.",
            "Ria Dalton also played in Corvid and Brevik before retiring from the Velmora Hawks in 1993.",
            configuration: configuration)
        #expect(!yearsOnly.slots.contains { $0.name == "epoch" }, "a full date was no year before: \(yearsOnly.slots)")
        let oneEvent = align(
            "Ria Dalton had her number 10 jersey retired by the Velmora Hawks on Feb. 6, 1995.",
            "The Velmora Hawks retired the number 10 jersey of Ria Dalton in 1995.")
        #expect(!oneEvent.slots.contains { $0.name == "epoch" }, "\(oneEvent.slots)")
    }

    @Test func aDayWhoseYearIsWorkedOutIsNoStatedYear() {
        let claim = ClaimChecker().claim(
            of: "The bridge was closed on March 3.", published: PublicationDate(iso8601: "2024-05-01"),
            analyzer: ArticleAnalyzer())
        #expect(claim.statedYears.isEmpty, "\(claim.statedYears)")
        let dated = ClaimChecker().claim(of: "The bridge was closed on March 3, 2019.", analyzer: ArticleAnalyzer())
        #expect(dated.statedYears == ["2019"], "\(dated.statedYears)")
    }

    @Test func tollsOfOneUnnamedHappeningConflict() {
        let result = align(
            "Police said 12 people were injured in the riots.",
            "Police said 18 people had been injured in the violence and 12 arrested for carrying weapons.")
        #expect(result.relation == .conflict, "\(result.slots)")
        #expect(differing(result) == ["quantity:injured"], "\(result.slots)")
        var configuration = AlignmentConfiguration()
        configuration.tollsTellWhatAHappeningIsAbout = false
        let off = align(
            "Police said 12 people were injured in the riots.",
            "Police said 18 people had been injured in the violence and 12 arrested for carrying weapons.",
            configuration: configuration)
        #expect(off.relation != .conflict, "riots and violence share no word: \(off.slots)")
    }

    @Test func anUnnamedTollThatGrowsOverReportingIsAnUpdate() {
        let result = align(
            "Police said 12 people were injured in the riots.",
            "Police said 18 people had been injured in the violence and 12 arrested for carrying weapons.",
            "2024-05-01T09:00:00Z", "2024-05-02T09:00:00Z")
        #expect(result.relation == .update, "\(result.slots)")
        #expect(result.slots.contains { $0.name == "quantity:injured" && $0.verdict == .update }, "\(result.slots)")
    }

    @Test func equalTollsAndTollsOfTwoPlacesDoNotConflict() {
        let equal = align(
            "Police said 12 people were injured in the riots.",
            "Police said 12 people had been injured in the violence and 18 arrested for carrying weapons.")
        #expect(equal.relation != .conflict, "\(equal.slots)")
        let twoPlaces = align(
            "Police said 12 people were injured in the riots in Velmora.",
            "Police said 18 people had been injured in the violence in Corvid.")
        #expect(twoPlaces.relation != .conflict, "\(twoPlaces.slots)")
        let aToll = align(
            "Three people died when the bank in Velmora caught fire.",
            "The fire at the bank in Velmora killed five people, police said.")
        #expect(aToll.relation != .same, "\(aToll.slots)")
    }

    @Test func namesAloneSayNothingAlike() {
        let quip = "\"He bleeds Velmora,\" Ola Brink said."
        let news = "Ola Brink said Jan Rook was relieved of his duties."
        let strict = align(quip, news)
        #expect(strict.relation != .same, "only the names are shared: \(strict.slots)")
        #expect(strict.slots.contains { $0.name == "said" && $0.verdict == .differ }, "\(strict.slots)")
        var configuration = AlignmentConfiguration()
        configuration.wordsOnlyPredicateWords = 0
        let loose = align(quip, news, configuration: configuration)
        #expect(loose.relation == .same, "at 0 the names were enough: \(loose.slots)")
    }

    @Test func wordsDescribingANamedPersonAreTitles() {
        let checker = ClaimChecker()
        let before = checker.claim(
            of: "\"We thank you for your respect,\" the actress's rep Ivo Rook told reporters.",
            analyzer: ArticleAnalyzer())
        #expect(before.titleStems.contains("rep"), "\(before.titleStems)")
        let apposition = checker.claim(
            of: "Ola Brink and Ria Dalton, recent hosts, are both known as television stars.",
            analyzer: ArticleAnalyzer())
        #expect(apposition.titleStems.contains("recent"), "\(apposition.titleStems)")
        #expect(!apposition.titleStems.contains("televis"), "what is said of them: \(apposition.titleStems)")
        let predicate = checker.claim(of: "Ola Brink was named interim coach on Monday.", analyzer: ArticleAnalyzer())
        #expect(predicate.titleStems.isEmpty, "\(predicate.titleStems)")
    }

    @Test func aSharedTitleIsNoSharedPredicateWhereConfigured() {
        let first = "Ola Brink and Ria Dalton, recent hosts, are both known as television stars."
        let second = "Previous hosts -- Ola Brink, Ria Dalton, Jan Rook -- all followed the stand-up model."
        var configuration = AlignmentConfiguration()
        configuration.titlesAreNames = true
        let strict = align(first, second, configuration: configuration)
        #expect(strict.relation != .same, "\(strict.slots)")
        #expect(strict.slots.contains { $0.name == "said" && $0.verdict == .differ }, "\(strict.slots)")
        let loose = align(first, second)
        #expect(loose.slots.contains { $0.name == "said" && $0.verdict == .agree }, "off by default: \(loose.slots)")
    }
}
