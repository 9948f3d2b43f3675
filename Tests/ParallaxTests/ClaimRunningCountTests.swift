import Testing

@testable import Parallax

/// A count told as still running ("so far", "has risen to") is updated by another report's count of
/// the same happening, never contradicted by it, even where no publication date orders the two
/// (docs/claims.md, seventh pass); statements written for these tests, each with a control.
@Suite("Running counts")
struct ClaimRunningCountTests {
    @Test func aCountToldSoFarIsUpdatedNotContradicted() {
        let running = align(
            "Police said 12 people have been arrested so far in the Velmora riots.",
            "Police said 31 people were arrested in the Velmora riots.")
        #expect(running.relation != .conflict, "\(running.slots)")
        #expect(running.slots.contains { $0.name == "quantity:people" && $0.verdict == .update }, "\(running.slots)")
        #expect(running.relation != .same, "two counts are not one statement: \(running.slots)")
        let plain = align(
            "Police said 12 people were arrested in the Velmora riots.",
            "Police said 31 people were arrested in the Velmora riots.")
        #expect(plain.relation == .conflict, "the control: two final counts contradict: \(plain.slots)")
        var configuration = AlignmentConfiguration()
        configuration.runningCountsUpdate = false
        let off = align(
            "Police said 12 people have been arrested so far in the Velmora riots.",
            "Police said 31 people were arrested in the Velmora riots.", configuration: configuration)
        #expect(off.relation == .conflict, "off, a running count conflicted: \(off.slots)")
    }

    @Test func aTollToldSoFarIsAnUpdate() {
        let running = align(
            "The quake on Velmora island has killed 40 people so far, officials said.",
            "The quake on Velmora island killed 25 people, officials said.")
        #expect(running.relation == .update, "\(running.slots)")
        #expect(running.slots.contains { $0.name == "quantity:dead" && $0.verdict == .update }, "\(running.slots)")
        let final = align(
            "The quake on Velmora island killed 40 people, officials said.",
            "The quake on Velmora island killed 25 people, officials said.")
        #expect(final.relation == .conflict, "the control: \(final.slots)")
    }

    @Test func runningCountPhrasesAreReadAsWordPairs() {
        #expect(ClaimReader.tellsARunningCount(["12", "dead", "so", "far"]))
        #expect(ClaimReader.tellsARunningCount(["the", "toll", "rose", "to", "12"]))
        #expect(ClaimReader.tellsARunningCount(["31", "arrests", "to", "date"]))
        #expect(!ClaimReader.tellsARunningCount(["he", "went", "so", "as", "to", "see", "her"]), "no pair")
        #expect(!ClaimReader.tellsARunningCount(["12", "people", "died", "far", "from", "home"]))
        #expect(!ClaimReader.tellsARunningCount([]))
    }
}
