import Testing

@testable import Parallax

/// A cue verb with a second, non-speech sense carries speech only when its complement is speech
/// content (docs/analysis-evaluation.md, "Thirteenth round: speakers"): "claimed the prize",
/// "found signs of …", "denied a plea offer", "called her house to tell …", "snapped pictures" and
/// "testified before the committee" quote nothing; a clause, a quotation or a statement noun after
/// the same verbs still tells. Texts written for these tests, each beside a control.
@Suite("Object senses of cue verbs")
struct ObjectSenseTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: "Harbor vote\n\n" + text)).quotes
    }

    func speaker(of words: String, in text: String) -> String? {
        quotes(text).first { $0.text.contains(words) }?.speaker
    }

    func hasQuote(_ words: String, in text: String) -> Bool {
        quotes(text).contains { $0.text.contains(words) }
    }

    @Test func claimedWithABareObjectTookIt() {
        let text = "The harbor team claimed the regional rowing prize in Harbor City on Saturday."
        #expect(!hasQuote("rowing prize", in: text))
        // Controls: a clause and a statement noun after "claimed" are what was claimed.
        let clause = "Ada Wren claimed the harbor board had ignored the storm warnings for years."
        #expect(speaker(of: "had ignored the storm warnings", in: clause) == "Ada Wren")
        let responsibility = "Tom Brandt claimed responsibility for the closure of the old pier on Friday."
        #expect(hasQuote("responsibility for the closure", in: responsibility))
    }

    @Test func foundWithABareObjectFoundAThing() {
        let text = "Divers found signs of the old wreck near the quay after the storm."
        #expect(!hasQuote("signs of the old wreck", in: text))
        // Control: a clause after "found" is a finding.
        let clause = "The harbor study found the old pier could be rebuilt within two years."
        #expect(hasQuote("could be rebuilt within two years", in: clause))
    }

    @Test func deniedWithARequestNounRefusedIt() {
        let text = "Judge Ada Wren denied a plea offer from the harbor company a year ago."
        #expect(!hasQuote("a plea offer", in: text))
        // Control: denying a charge is a statement.
        let charges = "Tom Brandt denied the charges against the harbor company on Friday."
        #expect(speaker(of: "the charges against the harbor company", in: charges) == "Tom Brandt")
    }

    @Test func calledWithAnObjectAndAPurposeIsACall() {
        let text = "Ada Wren called Tom Brandt's house to let the family know about the storm."
        #expect(!hasQuote("house to let the family know", in: text))
        // Control: "called X a Y" names what X is.
        let naming = "Ada Wren called the harbor plan a disgrace to the whole town."
        #expect(speaker(of: "a disgrace", in: naming) == "Ada Wren")
    }

    @Test func snappedWithAnObjectTookPictures() {
        let text = "Reporters on the quay snapped pictures of the damaged pier all morning."
        #expect(!hasQuote("pictures of the damaged pier", in: text))
        // Control: a quotation after "snapped" is what was said.
        let quotation = "Tom Brandt snapped, \"The harbor board has no idea what it is doing.\""
        #expect(speaker(of: "has no idea what it is doing", in: quotation) == "Tom Brandt")
    }

    @Test func testifiedBeforeAPlaceSaidNothingQuoted() {
        let text = "Ada Wren testified before the harbor committee in Harbor City, where members asked about the pier."
        #expect(!hasQuote("before the harbor committee", in: text))
        // Control: a clause after the place phrase is the testimony.
        let clause = "Ada Wren testified before the harbor committee that the pier was unsafe."
        #expect(speaker(of: "the pier was unsafe", in: clause) == "Ada Wren")
    }
}
