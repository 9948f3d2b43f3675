/// The body of a plain-text article, with what cleaning removed and what it learned.
public struct CleanedText: Hashable, Sendable {
    public var paragraphs: [String]
    public var removed: [String]
    public var title: String?
    public var outlet: String?
    public var published: PublicationDate?
    public var authors: [String]
    public var originalLanguage: String?

    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// Separates an article saved as plain text from the page chrome around it.
///
/// A saved article has three zones: a header (section labels, credits, headline, outlet,
/// date, byline) up to the first line of prose; the body; and a trailer (bylines, promos,
/// link lists, copyright and aggregator blocks) after the last line of prose. Header and
/// trailer lines are all removed; in the body only lines that a chrome rule recognises
/// are. Every rule reads the shape and wording of a line, never a site's name.
public struct PlainTextCleaner: Sendable {
    public init() {}

    public func clean(_ text: String) -> CleanedText {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { Self.withPlainSpaces($0).trimmingASCIIWhitespace() }
            .filter { !$0.isEmpty && !$0.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" } }
            .map { LineFeatures(String($0)) }
        var result = CleanedText(paragraphs: [], removed: [], authors: [])
        guard !lines.isEmpty else { return result }

        var kinds = lines.map(ChromeRules.kind(of:))
        for index in lines.indices.dropFirst() where kinds[index] == nil && lines[index].wordCount <= 80 {
            switch kinds[index - 1] {
            case .photoCredit where lines[index].wordCount <= 25:
                // The caption under a credited photo.
                kinds[index] = .photoCredit
            case .editorialNote where lines[index - 1].wordCount <= 6:
                // The text under an editorial label ("About this report", "Methodology").
                kinds[index] = .editorialNote
            default:
                break
            }
        }
        let bodyStart = lines.indices.first { lines[$0].isProse && kinds[$0] == nil } ?? lines.count
        var bodyEnd = lines.count
        while bodyEnd > bodyStart {
            let line = lines[bodyEnd - 1]
            guard kinds[bodyEnd - 1] != nil || !line.isProse else { break }
            bodyEnd -= 1
        }

        var keep = Array(repeating: false, count: lines.count)
        var inLinkBlock = false
        for index in bodyStart..<bodyEnd {
            let line = lines[index]
            if kinds[index] == .blockOpener {
                inLinkBlock = true
            } else if line.isProse {
                inLinkBlock = false
            }
            keep[index] = kinds[index] == nil && !inLinkBlock
        }

        result.title = title(in: lines[..<bodyStart], kinds: kinds)
        if let title = result.title {
            // A headline repeated in the body is chrome too.
            for index in bodyStart..<bodyEnd where lines[index].text == title { keep[index] = false }
        }
        for (index, line) in lines.enumerated() {
            if keep[index] {
                result.paragraphs.append(line.text)
            } else {
                result.removed.append(line.text)
            }
        }
        readMetadata(from: lines, keep: keep, into: &result)
        return result
    }

    /// No-break and thin spaces as plain spaces: saved pages are full of them, and rules
    /// and readers both expect ordinary spaces.
    static func withPlainSpaces(_ line: Substring) -> Substring {
        guard line.unicodeScalars.contains(where: { $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" }) else {
            return line
        }
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            scalars.append(scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" ? " " : scalar)
        }
        return Substring(String(scalars))
    }

    /// The first header line shaped like a headline.
    private func title(in header: ArraySlice<LineFeatures>, kinds: [ChromeKind?]) -> String? {
        header.indices.first { index in
            let line = header[index]
            guard kinds[index] == nil, (3...40).contains(line.wordCount) else { return false }
            guard let first = line.text.first, first.isUppercase || first.isNumber || "‘“\"'«".contains(first)
            else { return false }
            return !line.text.hasSuffix(":") && line.words.contains { $0.count > 3 }
        }.map { header[$0].text }
    }

    private func readMetadata(from lines: [LineFeatures], keep: [Bool], into result: inout CleanedText) {
        var explicitSources: [String] = []
        var impliedSources: [String] = []
        for (index, line) in lines.enumerated() {
            if let language = MetadataLines.originalLanguage(in: line) {
                result.originalLanguage = result.originalLanguage ?? language
            }
            let names = MetadataLines.bylineNames(in: line)
            if !names.isEmpty, keep[index] == false || line.text.contains(", BYLINE:") {
                for name in names where !result.authors.contains(name) { result.authors.append(name) }
            }
            guard !keep[index] else { continue }
            if result.published == nil, let date = DateLineParser.dateline(line) {
                result.published = date
            }
            if let name = MetadataLines.sourceName(in: line) {
                explicitSources.append(name)
            } else if MetadataLines.isSourceLabel(line), index + 1 < lines.count, !keep[index + 1],
                let name = MetadataLines.outletName(lines[index + 1].text)
            {
                explicitSources.append(name)
            }
            if let name = MetadataLines.copyrightHolder(in: line) ?? MetadataLines.selfNamedOutlet(in: line) {
                impliedSources.append(name)
            }
        }
        result.outlet = Self.outlet(explicit: explicitSources, implied: impliedSources)
    }

    /// The most trusted outlet name; where one candidate begins another ("NPR" and
    /// "NPR Topics: World"), the shorter one names the outlet.
    static func outlet(explicit: [String], implied: [String]) -> String? {
        let candidates = explicit + implied
        guard var chosen = candidates.first else { return nil }
        for candidate in candidates where candidate.count < chosen.count {
            if chosen.hasPrefix(candidate + " ") || chosen.hasPrefix(candidate + ":") { chosen = candidate }
        }
        if let colon = chosen.firstIndex(of: ":") { chosen = String(chosen[..<colon]) }
        return chosen
    }
}
