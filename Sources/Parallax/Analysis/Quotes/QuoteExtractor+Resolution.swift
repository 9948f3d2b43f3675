internal import Foundation

extension QuoteExtractor {
    /// Pronouns ("he said") take the last named speaker; "the source" or "the expert" take the
    /// last speaker described or named so; mentions keep pointing at the words in the text.
    func resolved(_ quotes: [QuoteMention], context: Context) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var lastNamed: QuoteMention?
        var lastDescribed: QuoteMention?
        var lastSpeaking: QuoteMention?
        for var quote in quotes {
            let mention = quote.speakerStart.flatMap { start in quote.speakerEnd.map { context.text(start, $0) } }
            let lower = mention?.lowercased() ?? ""
            if quote.speaker == nil, mention != nil, Self.pronouns.contains(lower) {
                // The latest speaker, named or described.
                if let earlier = lastSpeaking {
                    quote.speaker = earlier.speaker
                    quote.speakerDescription = quote.speakerDescription ?? earlier.speakerDescription
                } else {
                    quote.speaker = lastPerson(before: quote.speakerStart ?? 0, context: context)
                }
            } else if quote.speaker == nil, lower.hasPrefix("the "),
                // "the source close to X" describes; "the source" refers back.
                !lower.split(separator: " ").contains(where: { Self.nounPrepositions.contains(String($0)) }),
                let head = lower.split(separator: " ").dropFirst().prefix(while: {
                    !Self.nounPrepositions.contains(String($0))
                }).last
            {
                let earlierDescribed = result.last { earlier in
                    guard let description = earlier.speakerDescription?.lowercased() else { return false }
                    return description.split(separator: " ").prefix { !Self.nounPrepositions.contains(String($0)) }
                        .contains(head) && description != lower
                }
                if let earlier = earlierDescribed
                    ?? lastDescribed.flatMap({
                        $0.speakerDescription?.lowercased().hasSuffix(head) == true ? $0 : nil
                    })
                {
                    quote.speaker = earlier.speaker
                    quote.speakerDescription = earlier.speakerDescription
                } else if Self.roleNouns.contains(String(head)) {
                    // "the engineer": the last named speaker described so, else the last named.
                    let described = result.last {
                        $0.speaker != nil && $0.speakerDescription?.lowercased().contains(head) == true
                    }
                    // "the Venezuelan leader" is somebody in particular: not just the last one named.
                    let modified = lower.split(separator: " ").count > 2
                    if let named = described ?? (modified ? nil : lastNamed) {
                        quote.speaker = named.speaker
                        quote.speakerDescription = named.speakerDescription ?? quote.speakerDescription
                    } else if !modified {
                        quote.speaker = lastPerson(before: quote.speakerStart ?? 0, context: context)
                    }
                }
            }
            if quote.speaker != nil, quote.speakerStart != nil { lastNamed = quote }
            if quote.speaker != nil || quote.speakerDescription != nil { lastSpeaking = quote }
            if quote.speakerDescription != nil { lastDescribed = quote }
            result.append(quote)
        }
        return result
    }

    func lastPerson(before offset: Int, context: Context) -> String? {
        context.entities.last { $0.type == .person && $0.end <= offset }?.name
    }
}
