import Foundation
internal import ParallaxBase
public import ParallaxWeb

/// Scores the feed parser on the rss-parser test feeds (`input/` against `output/<name>.json`).
///
/// Items are compared by position. A field counts only where the expected output has it; values
/// are compared with whitespace collapsed. The known differences of that expected output are
/// handled by rule and reported as notes, never hidden:
/// - an input without an expected output whose expectation is a failure (`unrecognized.rss`, an
///   HTML page) must be rejected as not a feed;
/// - an expected output that is not UTF-8 (`encoding.json`) is read as Latin-1;
/// - U+FFFD in an expected title stands for one non-ASCII character that rss-parser could not
///   decode (`uolNoticias.rss` is ISO-8859-1 read as UTF-8 there); we decode the bytes, and
///   collapse a no-break space to a space, so U+FFFD matches one non-ASCII character or a space;
/// - relative expected links are resolved against the feed link, as our parser does;
/// - dates are compared as instants; a date we read where rss-parser gave none (it cannot read
///   dates such as "Seg, 24 Set 2018") is reported as an extra date, not scored;
/// - `EMPTY` (an xml2js option in `xml2js-options.json`) stands for an empty element.
public enum FeedEvaluation {
    /// Matched and expected counts of one field.
    public struct Tally: Sendable, Hashable {
        /// Values that agree.
        public var matched = 0
        /// Values the expected output has.
        public var expected = 0

        mutating func add(_ other: Tally) {
            matched += other.matched
            expected += other.expected
        }
    }

    /// The fields scored.
    public static let fields = ["items", "titles", "links", "dates", "guids", "enclosures"]

    /// The result for one input feed.
    public struct FeedResult: Sendable, Hashable {
        /// The input file name.
        public var name: String
        /// Whether the result meets its expectation (parsed and matching, or rejected when it must be).
        public var passed: Bool
        /// One tally per entry of `FeedEvaluation.fields`.
        public var tallies: [String: Tally]
        /// Known differences handled by rule, and the outcome for inputs without expected output.
        public var notes: [String]
        /// The first mismatches, for reading.
        public var mismatches: [String]
    }

    /// All results and totals.
    public struct Report: Sendable, Hashable {
        /// Per-feed results, by name.
        public var feeds: [FeedResult]
        /// Tallies summed over all feeds.
        public var totals: [String: Tally]
        /// Seconds spent parsing all feeds.
        public var parsingSeconds: Double
    }

    /// Inputs that must be refused as not a feed (they have no expected output).
    static let mustFail: Set<String> = ["unrecognized.rss"]

    /// Parses and scores every feed in `folder/input`.
    public static func run(folder: String, parser: FeedParser = .init()) throws(WebError) -> Report {
        let inputFolder = folder + "/input"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: inputFolder) else {
            throw WebError(code: .unreadable, message: "cannot list \(inputFolder)")
        }
        var feeds: [FeedResult] = []
        var totals: [String: Tally] = [:]
        let clock = ContinuousClock()
        var parsing = Duration.zero
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: inputFolder + "/" + name) else {
                throw WebError(code: .unreadable, message: "cannot read \(name)")
            }
            let start = clock.now
            let parsed = Result { () throws(WebError) in try parser.parse(Array(data)) }
            parsing += clock.now - start
            let stem = (name as NSString).deletingPathExtension
            let expectedPath = folder + "/output/" + stem + ".json"
            let result = score(name: name, parsed: parsed, expectedPath: expectedPath)
            for (field, tally) in result.tallies { totals[field, default: Tally()].add(tally) }
            feeds.append(result)
        }
        return Report(feeds: feeds, totals: totals, parsingSeconds: parsing / .seconds(1))
    }

    private static func score(name: String, parsed: Result<Feed, WebError>, expectedPath: String) -> FeedResult {
        var result = FeedResult(name: name, passed: false, tallies: [:], notes: [], mismatches: [])
        guard let data = FileManager.default.contents(atPath: expectedPath) else {
            switch (parsed, mustFail.contains(name)) {
            case (.failure(let error), true):
                result.passed = true
                result.notes.append("rejected as expected (\(error.code))")
            case (.success, true):
                result.notes.append("parsed, but must be rejected as not a feed")
            case (.success(let feed), false):
                result.passed = true
                result.notes.append("parsed \(feed.items.count) items; no expected output to compare")
            case (.failure(let error), false):
                result.notes.append("failed: \(error)")
            }
            return result
        }
        let feed: Feed
        switch parsed {
        case .success(let value): feed = value
        case .failure(let error):
            result.notes.append("failed: \(error)")
            return result
        }
        var text = String(data: data, encoding: .utf8)
        if text == nil {
            text = String(data: data, encoding: .isoLatin1)
            result.notes.append("expected output is not UTF-8; read as Latin-1")
        }
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let expectedFeed = object["feed"] as? [String: Any]
        else {
            result.notes.append("expected output unreadable")
            return result
        }
        let expectedItems = expectedFeed["items"] as? [[String: Any]] ?? []
        var comparison = ItemComparison(feed: feed)
        comparison.tallies["items"] = Tally(
            matched: min(expectedItems.count, feed.items.count) == expectedItems.count
                && feed.items.count == expectedItems.count ? 1 : 0,
            expected: 1)
        if feed.items.count != expectedItems.count {
            comparison.mismatch("item count \(feed.items.count), expected \(expectedItems.count)")
        }
        for (position, expected) in expectedItems.enumerated() where position < feed.items.count {
            comparison.compare(feed.items[position], expected, position: position)
        }
        result.tallies = comparison.tallies
        result.notes += comparison.notes.map { "\($0.value) \($0.key)" }.sorted()
        result.mismatches = comparison.mismatches
        result.passed = comparison.mismatches.isEmpty
        return result
    }

    /// Compares items field by field and keeps counts, notes and examples.
    private struct ItemComparison {
        let feed: Feed
        var tallies: [String: Tally] = [:]
        var notes: [String: Int] = [:]
        var mismatches: [String] = []
        var mismatchCount = 0

        init(feed: Feed) {
            self.feed = feed
            for field in FeedEvaluation.fields { tallies[field] = Tally() }
        }

        mutating func mismatch(_ text: String) {
            mismatchCount += 1
            if mismatches.count < 5 { mismatches.append(text) }
        }

        mutating func count(_ field: String, _ matched: Bool, position: Int, ours: String?, expected: String) {
            tallies[field, default: Tally()].expected += 1
            if matched {
                tallies[field, default: Tally()].matched += 1
            } else {
                mismatch("item \(position) \(field): \(ours.map { "\"\($0)\"" } ?? "none") vs \"\(expected)\"")
            }
        }

        mutating func compare(_ item: FeedItem, _ expected: [String: Any], position: Int) {
            if let title = expected["title"] as? String {
                let wanted = TextNormalizer.collapse(title)
                let ours = item.title ?? ""
                if wanted == "EMPTY", ours.isEmpty {
                    notes["empty titles written EMPTY by xml2js", default: 0] += 1
                    count("titles", true, position: position, ours: ours, expected: wanted)
                } else {
                    let (matched, replaced) = FeedEvaluation.matches(ours, wanted)
                    if replaced > 0 {
                        notes["characters matched through U+FFFD in expected titles", default: 0] += replaced
                    }
                    count("titles", matched, position: position, ours: item.title, expected: wanted)
                }
            }
            if let link = expected["link"] as? String {
                var wanted = TextNormalizer.collapse(link)
                if !wanted.contains("://"), let base = feed.link,
                    let url = URL(string: wanted, relativeTo: URL(string: base))
                {
                    wanted = url.absoluteString
                    notes["relative expected links resolved against the feed link", default: 0] += 1
                }
                count("links", item.link == wanted, position: position, ours: item.link, expected: wanted)
            }
            if let isoDate = expected["isoDate"] as? String {
                let wanted = InternetDate.isoStamp(Array(isoDate.utf8))
                let ours = item.published.flatMap { InternetDate.isoStamp(Array($0.utf8)) }
                count(
                    "dates", wanted != nil && wanted == ours, position: position, ours: item.published,
                    expected: isoDate)
            } else if item.published != nil {
                notes["dates read where the expected output has none", default: 0] += 1
            }
            if let guid = (expected["guid"] ?? expected["id"]) as? String {
                let wanted = TextNormalizer.collapse(guid)
                count("guids", item.guid == wanted, position: position, ours: item.guid, expected: wanted)
            }
            if let enclosure = expected["enclosure"] as? [String: Any], let url = enclosure["url"] as? String {
                let ours = item.enclosures.first
                var matched = ours?.url == TextNormalizer.collapse(url)
                if let type = enclosure["type"] as? String, ours?.type != type { matched = false }
                if let length = enclosure["length"] as? String, let value = Int(length), ours?.length != value {
                    matched = false
                }
                count("enclosures", matched, position: position, ours: ours?.url, expected: url)
            }
        }
    }

    /// Whether `ours` equals `expected`, where each U+FFFD in `expected` stands for one
    /// non-ASCII character (or a space, from a collapsed no-break space); also returns how
    /// many characters matched that way.
    static func matches(_ ours: String, _ expected: String) -> (Bool, Int) {
        if ours == expected { return (true, 0) }
        guard expected.unicodeScalars.contains("\u{FFFD}") else { return (false, 0) }
        let left = Array(ours.unicodeScalars)
        let right = Array(expected.unicodeScalars)
        guard left.count == right.count else { return (false, 0) }
        var replaced = 0
        for (mine, theirs) in zip(left, right) where mine != theirs {
            // A no-break space is collapsed to a space in our titles.
            guard theirs == "\u{FFFD}", !mine.isASCII || mine == " " else { return (false, 0) }
            replaced += 1
        }
        return (true, replaced)
    }
}
