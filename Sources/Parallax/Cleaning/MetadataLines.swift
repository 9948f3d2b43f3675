internal import Foundation

/// Reads what chrome lines tell about the article: its outlet, authors and original language.
enum MetadataLines {
    /// "Source: Meduza", "Publisher: X", "Originally published by X" → the named outlet.
    static func sourceName(in line: LineFeatures) -> String? {
        let labels = [
            "source:", "publisher:", "published by:", "outlet:", "originally published by",
            "originally published in", "originally published at", "originally published on",
            "first published by", "first published in", "via:", "original source:",
            "primary source:", "this article first appeared in", "this article first appeared on",
            "this article was originally published by", "this article was originally published in",
            "this article was originally published on",
        ]
        guard line.wordCount <= 12,
            let label = labels.first(where: line.lowercased.hasPrefix)
        else { return nil }
        let value = line.text.dropFirst(label.count).trimmingCharacters(in: " :.\t")
        return outletName(value)
    }

    /// A label line whose value is the next line: "Primary Source" then "Deutsche Welle".
    static func isSourceLabel(_ line: LineFeatures) -> Bool {
        ["primary source", "original source", "source", "originally published by", "republished from"]
            .contains(line.letterKey)
    }

    /// "© 2026 NPR", "Copyright © 2026 NPR. All rights reserved." → "NPR".
    static func copyrightHolder(in line: LineFeatures) -> String? {
        guard let marker = line.text.range(of: "©") ?? line.text.range(of: "(c)") ?? line.text.range(of: "Copyright")
        else { return nil }
        var rest = line.text[marker.upperBound...].trimmingCharacters(in: " ©")
        let leading = rest.split(separator: " ")
        if let first = leading.first, first.count == 4, first.allSatisfy(\.isNumber) {
            rest = leading.dropFirst().joined(separator: " ")
        } else if let first = leading.first, first.contains("-"), first.first?.isNumber == true {
            rest = leading.dropFirst().joined(separator: " ")
        }
        if let stop = rest.firstIndex(where: { ".,;|".contains($0) }) {
            rest = String(rest[..<stop])
        }
        // "© Outlet 2026": the year may follow the name.
        let words = rest.split(separator: " ")
        if let last = words.last, last.count == 4, last.allSatisfy(\.isNumber) {
            rest = words.dropLast().joined(separator: " ")
        }
        return outletName(rest)
    }

    /// "You’re currently reading Meduza, …" → "Meduza".
    static func selfNamedOutlet(in line: LineFeatures) -> String? {
        let openers = [
            "you’re currently reading ", "you're currently reading ", "you are reading ",
            "you’re reading ", "you're reading ", "you are currently reading ",
        ]
        guard let opener = openers.first(where: line.lowercased.hasPrefix) else { return nil }
        var rest = line.text.dropFirst(opener.count)
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        let name = rest.prefix { $0 != "," && $0 != "." && $0 != "—" && $0 != "–" }
        return outletName(String(name))
    }

    /// A plausible outlet name: 1–6 words, capitalised.
    static func outletName(_ raw: String) -> String? {
        let name = raw.trimmingCharacters(in: " .,:;\"“”")
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), let first = name.first, first.isUppercase || first.isNumber
        else { return nil }
        return name
    }

    /// Names in a byline: "By Jane Roe and John Doe", "Reporting by Andrey Pertsev; Editing by
    /// …", "Author: X", "CHARLES MAYNES, BYLINE:" → ["Charles Maynes"].
    static func bylineNames(in line: LineFeatures) -> [String] {
        if let range = line.text.range(of: ", BYLINE:") {
            let name = line.text[..<range.lowerBound].split(separator: " ").map { EntityName.titleCased(String($0)) }
            return name.count >= 2 ? [name.joined(separator: " ")] : []
        }
        guard line.wordCount <= 16 else { return [] }
        let openers = [
            "by ", "reporting by ", "reported by ", "written by ", "words by ", "text by ",
            "author: ", "authors: ", "byline: ", "story by ", "report by ", "by: ",
        ]
        guard let opener = openers.first(where: line.lowercased.hasPrefix) else { return [] }
        var rest = String(line.text.dropFirst(opener.count))
        for stop in [
            ";", "|", " in ", " for ", " — ", " - ", " – ", "Editing by", "editing by", "Additional reporting",
        ] {
            if let range = rest.range(of: stop) { rest = String(rest[..<range.lowerBound]) }
        }
        let parts = rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: " .") }
        // "By Selma Varga, Infrastructure Correspondent": roles after the names are dropped.
        guard let first = parts.first, isPersonName(first) else { return [] }
        return parts.filter(isPersonName)
    }

    /// Two to four capitalised words, none of them a team or role word.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        let roles: Set<String> = [
            "team", "editor", "editors", "staff", "desk", "board", "newsroom", "news", "editorial",
            "agency", "correspondent", "reporters", "service", "global", "ai", "senior", "bureau",
        ]
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return !roles.contains(word.lowercased()) && word.allSatisfy { $0.isLetter || "-.'’".contains($0) }
        }
    }

    /// "This article was originally written in German." → "de".
    static func originalLanguage(in line: LineFeatures) -> String? {
        let cues = ["originally written in ", "originally published in ", "translated from ", "original language: "]
        for cue in cues {
            guard let range = line.lowercased.range(of: cue) else { continue }
            let word = line.lowercased[range.upperBound...].prefix { $0.isLetter }
            if let code = languageNames[String(word)] { return code }
        }
        return nil
    }

    static let languageNames: [String: String] = [
        "english": "en", "german": "de", "russian": "ru", "french": "fr", "spanish": "es",
        "ukrainian": "uk", "italian": "it", "portuguese": "pt", "chinese": "zh", "arabic": "ar",
        "japanese": "ja", "polish": "pl", "turkish": "tr", "dutch": "nl", "belarusian": "be",
        "korean": "ko", "persian": "fa", "hebrew": "he", "swedish": "sv", "czech": "cs",
    ]
}
