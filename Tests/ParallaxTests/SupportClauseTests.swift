import Testing

@testable import Parallax

/// A sentence the aligner calls `same` as a fact's claim is cited only where it tells the claim's
/// happening in its own main clause (`AlignmentConfiguration.supportsTellTheMainHappening`) and
/// where no other sentence of the claim's article matches it clearly better
/// (`AlignmentConfiguration.supportRivalMargin`).
@Suite("Supports that tell the claim's happening")
struct SupportClauseTests {
    static let losses =
        "The Velmora Gulls have lost eight of their last ten games this season, including a home loss to Brask on Friday."
    static let lossesRestated =
        "The Velmora Gulls lost eight of their last ten games, the latest a home loss to Brask on Friday."
    static let winsBeforeALoss =
        "Coach Ode Brant led the Velmora Gulls to forty wins last season before a home loss to Brask in the final."

    /// The brief of three articles of one day, each `texts`' own then a line of its own, under
    /// the default alignment changed by `change`.
    static func brief(_ texts: [String], _ change: (inout AlignmentConfiguration) -> Void) -> Brief {
        var alignment = AlignmentConfiguration()
        change(&alignment)
        let outlets = ["Harbour Daily", "Coast Times", "North Post"]
        let endings = [
            "Shops in the old town stayed closed.", "The mayor called for calm.",
            "Fishermen in the harbour watched the boats.",
        ]
        let articles = texts.indices.map { ("a\($0 + 1)", outlets[$0], texts[$0] + "\n\n" + endings[$0]) }
        return SupportCoverageTests.brief(of: articles, alignment: alignment)
    }

    func lossBrief(mainHappening: Bool) -> Brief {
        Self.brief([Self.losses, Self.lossesRestated, Self.winsBeforeALoss]) {
            $0.supportsTellTheMainHappening = mainHappening
            // Told "before", the loss is also background: cited in part unless that is off too.
            if !mainHappening { $0.backgroundSupportCoverage = $0.supportCoverage }
        }
    }

    @Test func aHappeningToldOnlyInASubordinateClauseIsNotCited() throws {
        let fact = try #require(lossBrief(mainHappening: true).facts.first { $0.text == Self.losses })
        #expect(fact.support.map(\.text) == [Self.losses, Self.lossesRestated])
    }

    @Test func withoutTheClauseRuleTheWinsAreCited() throws {
        // The control: the aligner calls the sentence `same` (the loss to Brask); only the clause rule keeps it out.
        let fact = try #require(lossBrief(mainHappening: false).facts.first { $0.text == Self.losses })
        #expect(fact.support.map(\.text).contains(Self.winsBeforeALoss))
    }

    static let named = "Velmora named assistant harbour master Mara Quell acting harbour master."
    static let namedRestated =
        "Mara Quell, until now the assistant harbour master, was named acting harbour master of Velmora by the port board."
    static let years = "Quell has worked for 19 years in the Velmora harbour office."
    static let yearsRestated =
        "Quell has worked for 19 years in the Velmora harbour office, the last six as assistant harbour master."

    func namingBrief(margin: Double) -> Brief {
        Self.brief([Self.namedRestated, Self.named + "\n\n" + Self.years, Self.yearsRestated]) {
            $0.supportRivalMargin = margin
        }
    }

    @Test func aSentenceCloserToAnotherOfTheClaimsArticleIsNotCited() throws {
        let fact = try #require(namingBrief(margin: 0.1).facts.first { $0.text == Self.named })
        #expect(fact.support.map(\.text) == [Self.namedRestated, Self.named])
    }

    @Test func withoutTheRivalTestTheYearsAreCited() throws {
        // The control: the words about Quell make the sentence `same` as the naming.
        let fact = try #require(namingBrief(margin: .infinity).facts.first { $0.text == Self.named })
        #expect(fact.support.map(\.text).contains(Self.yearsRestated))
    }

    func claim(_ text: String) throws -> Claim {
        let article = ArticleAnalyzer().analyze(
            Article(
                id: "c", input: "c", outlet: "Harbour Daily", published: PublicationDate(iso8601: "2026-03-02"),
                language: "en", text: text))
        return try #require(ClaimReader().claims(of: article).first)
    }

    @Test func mainHappeningsLeaveOutSubordinateClauses() throws {
        let sank = try claim("The ferry sank after the harbour master was sacked.")
        #expect(sank.happening == ["sink", "fire_job"])
        #expect(sank.mainHappening == ["sink"])
        let praised = try claim("Many captains still praise Brant, who was sacked after the ferry sank.")
        #expect(praised.mainHappening.isEmpty)
        // "As" opens a clause only at the start or after a comma: "as a condition" is a phrase.
        let asClause = try claim("As the ferry sank, the crew was sacked.")
        #expect(asClause.mainHappening == ["fire_job"])
        let asPhrase = try claim("The crew was sacked as the ferry sank.")
        #expect(asPhrase.mainHappening == ["fire_job", "sink"])
    }

    @Test func theRuleAsksOnlyWhereAHappeningIsShared() {
        var claim = Claim(text: "claim", happening: ["lose"])
        claim.mainHappening = ["lose"]
        var support = Claim(text: "support", happening: ["win", "lose"])
        support.mainHappening = ["win"]
        #expect(!FactFinder.tellsTheMainHappening(claim, support))
        support.mainHappening = ["win", "lose"]
        #expect(FactFinder.tellsTheMainHappening(claim, support))
        // Two different happenings the words made `same`: no clause decides.
        var other = Claim(text: "other", happening: ["win"])
        other.mainHappening = []
        #expect(FactFinder.tellsTheMainHappening(claim, other))
        // An aside of the claim: the support does not tell the claim's main happening.
        var compound = Claim(text: "compound", happening: ["protest", "death"])
        compound.mainHappening = ["protest"]
        var aside = Claim(text: "aside", happening: ["death"])
        aside.mainHappening = ["death"]
        #expect(!FactFinder.tellsTheMainHappening(compound, aside))
    }
}
