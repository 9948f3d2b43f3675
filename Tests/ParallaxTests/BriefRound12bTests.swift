import Foundation
import Testing

@testable import Parallax

/// The brief's shortcuts of round 12b (docs/pipeline.md), each against the longer way it replaced.
@Suite("Brief shortcuts, round 12b")
struct BriefRound12bTests {
    /// The claim classes as round 7 found them: every compared part of each claim hashed.
    static func classesHashingWholeClaims(_ claims: [Claim]) -> [Int] {
        var named = Set<String>()
        for claim in claims where ClaimAligner.mayContradictPlace(claim) { named.formUnion(claim.places) }
        var classes: [Claim: Int] = [:]
        return claims.map { claim in
            let parts = ClaimAligner.comparedParts(of: claim, placesNamed: named)
            if let known = classes[parts] { return known }
            classes[parts] = classes.count
            return classes.count - 1
        }
    }

    /// Classes looked for among claims of the same words are the classes of whole claims: here
    /// with round 7's variants (same words, other parts) and claims whose words alone differ.
    @Test func classesOfTheSameWordsAreTheWholeClaimsClasses() throws {
        let (_, claims) = BriefReuseRound7Tests.claimsAndVariants()
        var reworded = claims
        for index in reworded.indices where index % 5 == 0 { reworded[index].words.append("extra") }
        let all = claims + reworded + claims.reversed()
        let classes = StoryAlignments.classes(of: all)
        #expect(classes == Self.classesHashingWholeClaims(all))
        // Claims of the same words fall in other classes (the words alone would not tell them).
        let byWords = Dictionary(grouping: all.indices) { all[$0].words }
        let split = byWords.values.filter { Set($0.map { classes[$0] }).count > 1 }
        try #require(!split.isEmpty)
        #expect(Set(classes).count < all.count)
    }

    /// `standsForThingsTold` as it read every text before: its characters split at spaces.
    static func standsForThingsToldByCharacters(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            guard let last = word.last, ",;:.".contains(last) else { return false }
            return SummaryWriter.pronounsOfSeveral.contains(word.dropLast().lowercased())
        }
    }

    /// Words of the texts below: the pronouns in several cases, with and without a mark, and
    /// line ends ("\r\n" is one character) beside them.
    static let words = [
        "both", "Both,", "BOTH.", "either;", "neither:", "Neither", "both\r\n,", "both,\r\n", "either.\r\n", "bot,",
        "boths,", "of", "officers", "", "Either.", "neithEr;", "x,", "both?", "\r\n", "bothh.",
    ]

    @Test func asciiTextsAreReadAsTheirCharacters() {
        var generator = SystemRandomNumberGenerator()
        var standing = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                Self.words.randomElement(using: &generator)!
            }.joined(separator: Bool.random(using: &generator) ? " " : "  ")
            let answer = SummaryWriter.standsForThingsTold(text)
            #expect(answer == Self.standsForThingsToldByCharacters(text), "\(text.debugDescription)")
            #expect(answer == SummaryWriter.standsForThingsTold(ascii: text.utf8))
            if answer { standing += 1 }
        }
        // Both answers are met.
        #expect(standing > 100 && standing < 2900)
        #expect(SummaryWriter.standsForThingsTold("Police responded to BOTH, but"))
        #expect(!SummaryWriter.standsForThingsTold("Police responded to both officers"))
        // Text past ASCII is read by its characters: a combining mark ends no word in a mark.
        #expect(!SummaryWriter.standsForThingsTold("responded to both,\u{301} but"))
        #expect(SummaryWriter.standsForThingsTold("réponse to both, but"))
    }
}
