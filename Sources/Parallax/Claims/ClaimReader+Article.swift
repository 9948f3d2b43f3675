/// What the claims of one article's sentences read of the article as a whole, found once for
/// all of them: each claim filtered every name, time and quote of its article and lower-cased
/// all of the article's places again, which grew with the square of an article's length.
extension ClaimReader {
    struct ArticleParts {
        /// The publication time, ISO 8601.
        let published: String?
        /// Every place the article names, lower-cased (`Claim.articlePlaces`).
        let places: Set<String>
        let entities: Spans
        let times: Spans
        let quotes: Spans

        init(_ article: AnalyzedArticle) {
            published = article.article.published?.iso8601
            places = Set(article.entities.filter { $0.type == .place }.map { $0.name.lowercased() })
            entities = Spans(article.entities.map { ($0.start, $0.end) })
            times = Spans(article.times.map { ($0.start, $0.end) })
            quotes = Spans(article.quotes.map { ($0.start, $0.end) })
        }
    }

    /// Spans (start, end offsets) found by where they lie, in their given order: the positions of
    /// those inside a range or starting in it, as filtering the whole list would give them.
    struct Spans {
        private let starts: [Int]
        private let ends: [Int]
        /// Positions ordered by start; nil where some span ends before it starts, so a span
        /// starting past a range could still end inside it: then every span is looked at.
        private let byStart: [Int]?

        init(_ spans: [(start: Int, end: Int)]) {
            starts = spans.map(\.start)
            ends = spans.map(\.end)
            byStart =
                spans.allSatisfy { $0.end >= $0.start }
                ? spans.indices.sorted {
                    spans[$0].start != spans[$1].start ? spans[$0].start < spans[$1].start : $0 < $1
                }
                : nil
        }

        /// Positions of the spans with `start >= from && end <= to`, in order.
        func inside(from: Int, to: Int) -> [Int] {
            candidates(startingFrom: from, through: to).filter { ends[$0] <= to }
        }

        /// The first position (in order) of a span with `from <= start < to`.
        func firstStarting(from: Int, before to: Int) -> Int? {
            candidates(startingFrom: from, through: to).first { starts[$0] < to }
        }

        /// Positions, in order, of every span with `start >= from` that can lie within `through`
        /// (all spans starting from `from` up to it; every span where some ends before it starts).
        private func candidates(startingFrom from: Int, through to: Int) -> [Int] {
            guard let byStart else { return starts.indices.filter { starts[$0] >= from } }
            // The first span starting at `from` or later.
            var low = 0
            var high = byStart.count
            while low < high {
                let middle = (low + high) / 2
                if starts[byStart[middle]] < from { low = middle + 1 } else { high = middle }
            }
            var found: [Int] = []
            while low < byStart.count, starts[byStart[low]] <= to {
                found.append(byStart[low])
                low += 1
            }
            return found.sorted()
        }
    }
}
