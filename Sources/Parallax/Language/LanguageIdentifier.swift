internal import CCLD2

/// Identifies the language of a text with CLD2.
public struct LanguageIdentifier: Sendable {
    /// The least share of the text, in percent, that must be in the language found.
    public var minimumPercent: Int

    public init(minimumPercent: Int = 50) {
        self.minimumPercent = minimumPercent
    }

    /// The ISO 639-1 code of `text`'s language, or nil when CLD2 cannot tell.
    public func identify(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
            var code = [CChar](repeating: 0, count: 16)
            var reliable: Int32 = 0
            let percent = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                ccld2_detect($0, Int32(bytes.count), 1, &code, &reliable)
            }
            guard percent >= minimumPercent || (percent > 0 && reliable != 0) else { return nil }
            let name = String(decoding: code.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // CLD2 names a few languages by longer codes ("zh-Hant"); keep the ISO 639-1 part.
            return name.split(separator: "-").first.map(String.init)
        }
    }
}
