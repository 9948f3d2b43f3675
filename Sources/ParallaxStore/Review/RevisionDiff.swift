internal import Foundation
public import Parallax

/// What one brief revision has that the one before did not: articles that joined or left, facts,
/// quotes and discrepancies that are new or gone, and facts whose numbers changed. Statements are
/// matched by what they say (`StatementKey`), never by position.
public struct RevisionDiff: Sendable, Hashable {
    public struct ChangedNumbers: Sendable, Hashable {
        public var before: String
        public var after: String
    }

    public var newArticles: [String]
    public var removedArticles: [String]
    public var newFacts: [Fact]
    public var removedFacts: [Fact]
    public var changedNumbers: [ChangedNumbers]
    public var newQuotes: [Quote]
    public var newDiscrepancies: [Discrepancy]
    public var settledDiscrepancies: [Discrepancy]

    /// The difference from `previous` (nil: the first revision, everything is new) to `current`.
    public init(from previous: Brief?, to current: Brief) {
        let before = Statements(previous)
        let oldArticles = Set(before.articleIDs)
        let newArticleSet = Set(current.articleIDs)
        newArticles = current.articleIDs.filter { !oldArticles.contains($0) }
        removedArticles = before.articleIDs.filter { !newArticleSet.contains($0) }
        newFacts = current.facts.filter { fact in !before.facts.contains { StatementKey($0).names(fact) } }
        removedFacts = before.facts.filter { fact in !current.facts.contains { StatementKey($0).names(fact) } }
        changedNumbers = current.facts.compactMap { fact in
            guard let old = before.facts.first(where: { StatementKey($0).names(fact) }),
                Self.numbers(in: old.text) != Self.numbers(in: fact.text)
            else { return nil }
            return ChangedNumbers(before: old.text, after: fact.text)
        }
        for discrepancy in current.discrepancies {
            guard let old = before.discrepancies.first(where: { StatementKey($0).names(discrepancy) }) else { continue }
            let oldValues = old.claims.compactMap(\.value).sorted()
            let newValues = discrepancy.claims.compactMap(\.value).sorted()
            if oldValues != newValues {
                changedNumbers.append(
                    ChangedNumbers(
                        before: "\(old.about): \(oldValues.joined(separator: " vs "))",
                        after: "\(discrepancy.about): \(newValues.joined(separator: " vs "))"))
            }
        }
        newQuotes = current.quotes.filter { quote in !before.quotes.contains { StatementKey($0).names(quote) } }
        newDiscrepancies = current.discrepancies.filter { item in
            !before.discrepancies.contains { StatementKey($0).names(item) }
        }
        settledDiscrepancies = before.discrepancies.filter { item in
            !current.discrepancies.contains { StatementKey($0).names(item) }
        }
    }

    /// The parts of a story compared (all empty before the first revision).
    private struct Statements {
        var articleIDs: [String] = []
        var facts: [Fact] = []
        var quotes: [Quote] = []
        var discrepancies: [Discrepancy] = []

        init(_ story: Brief?) {
            guard let story else { return }
            articleIDs = story.articleIDs
            facts = story.facts
            quotes = story.quotes
            discrepancies = story.discrepancies
        }
    }

    public var isEmpty: Bool {
        newArticles.isEmpty && removedArticles.isEmpty && newFacts.isEmpty && removedFacts.isEmpty
            && changedNumbers.isEmpty && newQuotes.isEmpty && newDiscrepancies.isEmpty && settledDiscrepancies.isEmpty
    }

    /// One line for people: "2 new articles, 1 new fact, 1 changed number".
    public var summary: String {
        let parts: [(Int, String, String)] = [
            (newArticles.count, "new article", "new articles"),
            (removedArticles.count, "article left", "articles left"),
            (newFacts.count, "new fact", "new facts"), (removedFacts.count, "fact gone", "facts gone"),
            (changedNumbers.count, "changed number", "changed numbers"), (newQuotes.count, "new quote", "new quotes"),
            (newDiscrepancies.count, "new discrepancy", "new discrepancies"),
            (settledDiscrepancies.count, "discrepancy gone", "discrepancies gone"),
        ]
        let said = parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        return said.isEmpty ? "no change in the brief's statements" : said.joined(separator: ", ")
    }

    /// The numbers a text states, in order ("6", "2.5", "1,200").
    static func numbers(in text: String) -> [String] {
        text.split { !$0.isNumber && $0 != "." && $0 != "," }
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty && $0.contains(where: \.isNumber) }
    }
}
