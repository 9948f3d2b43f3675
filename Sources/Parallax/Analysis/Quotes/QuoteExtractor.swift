internal import Foundation

/// Finds direct quotations, transcript speech and reported speech, and attributes each to a
/// speaker: a named person or body where the text names one, else the description it gives
/// ("a source close to the Kremlin"). Works on the tokens of the analysed sentences; the text
/// between two tokens (commas, quotation marks, colons) tells clause boundaries apart.
struct QuoteExtractor {
    func quotes(in text: String, sentences: [AnalysedSentence], entities: [EntityMention]) -> [QuoteMention] {
        var context = Context(scalars: Array(text.unicodeScalars), sentences: sentences, entities: entities)
        var result = transcriptQuotes(in: sentences)
        let transcribed = result.map { $0.start..<$0.end }
        let spans = context.quotationSpans().filter { span in
            !transcribed.contains { $0.overlaps(span.contentStart..<span.contentEnd) }
        }
        context.quoted = spans.filter(\.isLong).map { $0.contentStart..<$0.contentEnd }
        context.cues = sentences.map { cues(in: $0, context: context) }
        result += directQuotes(spans, context: context)
        let direct = result.map { $0.start..<$0.end }
        // `"…?" Trump said of Apple`: a cue after the question it attributes reports nothing more.
        let spent = Set(
            result.compactMap { quote in
                quote.cueStart.flatMap { $0 >= quote.end && quote.text.last.map("?!".contains) == true ? $0 : nil }
            })
        for sentence in sentences {
            result += reportedSpeech(in: sentence, context: context, taken: direct, spentCues: spent)
        }
        return resolved(result.sorted { $0.start < $1.start }, context: context)
    }

    // MARK: Lexicons

    /// Verbs that introduce what someone said, wrote or holds, in the forms news copy uses.
    static let cueVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes",
        "wrote", "writes", "stated", "stressed", "emphasized", "emphasised", "argued", "argues",
        "argue", "warned", "warns", "insisted", "insists", "claimed", "claims", "asked", "asks", "recalled",
        "declared", "announced", "announces", "believes", "believe", "concluded", "remarked", "replied",
        "commented", "acknowledged", "acknowledges", "admitted", "admits", "reported", "reports", "suggested",
        "suggests", "tweeted", "tweets", "predicted", "predicts", "promised", "promises", "vowed", "vows",
        "pledged", "urged", "urges", "contended", "contends", "asserted", "asserts", "maintained", "alleged",
        "alleges", "confirmed", "confirms", "denied", "complained", "complains", "responded", "thinks",
        "hopes", "fears", "feared", "estimated", "estimates", "agreed", "agrees", "countered", "observed",
        "conceded", "concedes", "cautioned", "revealed", "indicated", "posted", "testified", "joked",
        "shouted", "mused", "speculated", "boasted", "bragged", "quipped", "charged", "worried", "worries",
        "expects", "expected", "predict", "warn", "believed", "thought", "pointed", "noting", "saying",
        "adding", "arguing", "telling", "explaining", "warning", "insisting", "claiming", "suggesting",
        "asking", "declaring", "stressing", "acknowledging", "writing", "tweeting", "announcing", "continued",
        "continues", "elaborated", "wondered", "chanted", "yelled", "shouted", "cried", "assured", "put",
        "puts", "interjected", "snapped", "retorted", "explained", "answered", "answers", "reiterated", "recounted",
    ]

    /// Verbs of stance whose object is what is held or said ("criticized the plan"): the
    /// content runs to the next comma, not to the sentence's end.
    static let objectCues: Set<String> = [
        "accused", "accuses", "criticized", "criticizes", "criticised", "defended", "defends", "praised", "praises",
        "endorsed", "endorses", "described", "describes", "declined", "refused", "showed", "shows", "found", "finds",
        "rejected", "rejects", "questioned", "cited", "cites", "citing", "urged", "expressed", "expresses",
        "blamed", "blames", "dismissed", "dismisses", "attacked", "attacks", "slammed", "slams", "blasted",
        "proposed", "proposes", "called", "calls", "calling", "highlighted", "touted", "touts", "welcomed",
        "condemned", "condemns", "denounced", "mocked", "lamented", "recommended", "demanded", "demands",
        "sought", "seeks", "offered", "pointed", "referring", "referred", "mentioned", "discussed", "lashed",
        "defending", "accusing", "criticizing", "praising", "blaming", "dismissing", "attacking", "slamming",
        "questioning", "rejecting", "proposing", "touting", "mocking", "hailed", "applauded", "embraced",
        "opposed", "opposes", "supported", "supports", "backed", "backs", "favored", "favors", "predicted",
    ]

    /// Prepositions that make a stance verb a participle of place or time ("found under").
    static let placePrepositions: Set<String> = [
        "in", "under", "on", "at", "with", "from", "over", "into", "near", "after", "before", "during", "inside",
        "beneath", "behind", "across", "through", "around", "by",
    ]

    /// Particles read as part of a cue ("called for", "pointed to", "lashed out at").
    static let cueParticles: Set<String> = ["for", "on", "to", "at", "out", "up", "of"]

    /// Participles that continue a sentence's attribution after a comma ("…, adding that …").
    static let participles: Set<String> = [
        "noting", "saying", "adding", "arguing", "telling", "explaining", "warning", "insisting", "claiming",
        "suggesting", "asking", "declaring", "stressing", "acknowledging", "writing", "tweeting", "announcing",
    ]

    /// Cues whose first object is the listener, not what was said ("told reporters …").
    static let listenerVerbs: Set<String> = [
        "told", "tells", "telling", "asked", "asks", "asking", "warned", "warns", "warning", "urged", "urges",
        "promised", "promises", "assured", "reminded",
    ]

    /// Words standing between a subject and its cue ("has also said").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "now", "then", "later", "previously", "once", "repeatedly", "recently",
        "publicly", "again", "would", "will", "could", "may", "might", "did", "does", "do", "often", "still",
        "further", "meanwhile", "however", "privately", "reportedly", "already", "even", "flatly", "simply",
        "frequently", "similarly", "long", "first", "never", "always", "just", "only",
    ]

    /// Words that open a clause or phrase: a subject never reaches back past them.
    static let boundaries: Set<String> = [
        "that", "and", "but", "or", "while", "as", "because", "when", "if", "although", "though", "so",
        "where", "after", "before", "since", "than", "whether", "until", "whom", "what", "which", "said",
        "says", "told", "to", "by", "with", "in", "on", "at", "into", "about", "against", "like", "during",
        "nor", "yet", "why", "how", "unless", "once", "instead", "then", "also", "not", "is", "was", "are",
        "were", "be", "been", "has", "have", "had", "did", "do", "does", "would", "will", "could", "can",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "who", "you"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "one", "another", "all", "two", "three", "some", "many", "several", "most",
        "other", "others", "these", "those", "both", "few", "his", "her", "their", "its", "our",
    ]

    /// Nouns that stand for people the text does not name.
    static let anonymousNouns: Set<String> = [
        "source", "sources", "official", "officials", "person", "people", "employee", "insider", "insiders",
        "consultant", "diplomat", "diplomats", "aide", "aides", "member", "members", "resident", "residents",
        "witness", "witnesses", "journalist", "journalists", "staffer", "staffers", "adviser", "advisers",
        "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson", "strategist", "strategists",
        "operative", "operatives", "observer", "observers", "critics", "supporters", "voters", "analysts",
    ]

    /// Nouns for a person in a role: "the engineer said" refers back to someone named.
    static let roleNouns: Set<String> = [
        "expert", "analyst", "engineer", "scientist", "professor", "economist", "researcher", "lawyer",
        "attorney", "minister", "governor", "senator", "president", "candidate", "mayor", "leader", "chairman",
        "chairwoman", "chair", "executive", "director", "secretary", "ambassador", "general", "commander", "judge",
        "historian", "author", "writer", "pollster", "politician", "lawmaker", "congressman", "congresswoman",
        "nominee", "businessman", "businesswoman", "billionaire", "officer", "chief", "founder", "host", "activist",
        "doctor", "teacher", "councillor", "councilor", "manager", "owner", "farmer", "veteran", "senior",
        "republican", "democrat", "man", "woman", "prosecutor", "envoy", "diplomat", "premier", "chancellor",
    ]

    /// Titles written before a name with a full stop.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "prof", "st", "jr", "sr", "u", "s",
    ]

    // MARK: Context

    fileprivate struct Context {
        let scalars: [Unicode.Scalar]
        let sentences: [AnalysedSentence]
        let entities: [EntityMention]
        /// Contents of the quotations long enough to be quotes.
        var quoted: [Range<Int>] = []
        /// The cues of each sentence, found once.
        var cues: [[Cue]] = []

        init(scalars: [Unicode.Scalar], sentences: [AnalysedSentence], entities: [EntityMention]) {
            self.scalars = scalars
            self.sentences = sentences
            self.entities = entities.filter { $0.type != .place }.sorted { $0.start < $1.start }
        }

        func text(_ start: Int, _ end: Int) -> String {
            guard start < end, start >= 0, end <= scalars.count else { return "" }
            return String(scalars: scalars[start..<end])
        }

        /// The characters between two tokens.
        /// The characters between two tokens, no-break spaces as spaces.
        func gap(_ tokens: [Token], before index: Int) -> String {
            guard index > 0, index < tokens.count else { return index == 0 ? " " : "" }
            let gap = text(tokens[index - 1].end, tokens[index].start)
            return gap.contains("\u{00A0}") ? gap.replacingOccurrences(of: "\u{00A0}", with: " ") : gap
        }

        /// The entities starting inside `range`, by binary search over their sorted starts.
        func entities(in range: Range<Int>) -> ArraySlice<EntityMention> {
            var low = 0
            var high = entities.count
            while low < high {
                let middle = (low + high) / 2
                if entities[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < entities.count, entities[end].start < range.upperBound { end += 1 }
            return entities[low..<end]
        }

        /// The last sentence starting at or before `offset` (or before it, when `strictly`).
        func sentence(at offset: Int, strictly: Bool = false) -> AnalysedSentence? {
            var low = 0
            var high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                let start = sentences[middle].start
                if strictly ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? sentences[low - 1] : nil
        }

        /// Binary search: the quotations are sorted and do not overlap.
        func isQuoted(_ offset: Int) -> Bool {
            var low = 0
            var high = quoted.count
            while low < high {
                let middle = (low + high) / 2
                if quoted[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low < quoted.count && quoted[low].contains(offset)
        }

        /// Share of the words of `range` inside quotations.
        func quotedShare(_ tokens: ArraySlice<Token>) -> Double {
            guard !tokens.isEmpty else { return 0 }
            return Double(tokens.filter { isQuoted($0.start) }.count) / Double(tokens.count)
        }
    }

    // MARK: Quotation marks

    fileprivate struct Span {
        var contentStart: Int
        var contentEnd: Int
        /// Runs to the end of its paragraph unclosed; the next paragraph opens it again.
        var isContinued = false
        /// Four words or more: a quote on its own; shorter ones only with a cue next to them.
        var isLong = true
    }

    // MARK: Sources

    fileprivate enum SourceKind {
        case name, pronoun, description, reference
    }

    fileprivate struct Source {
        var span: Range<Int>
        var kind: SourceKind
        var speaker: String?
        var description: String?
    }

    fileprivate struct Cue {
        var span: Range<Int>
        var text: String
        var source: Source
        /// Token index of the cue and of the first and last token of its source.
        var index: Int
        var sourceFirst: Int
        var sourceLast: Int
    }

    /// Classifies the words `first...last` of a sentence as a source. A noun phrase's head comes
    /// before its prepositions: "a source close to the Kremlin" is a description, "Neil Melvin of
    /// RUSI" a name.
    fileprivate func source(
        _ tokens: [Token], _ first: Int, _ last: Int, context: Context, allowAppositive: Bool
    ) -> Source? {
        guard first <= last, first >= 0, last < tokens.count else { return nil }
        let words = tokens[first...last]
        let lower = words.map { $0.text.lowercased() }
        let span = tokens[first].start..<tokens[last].end
        if words.count == 1, Self.pronouns.contains(lower[0]) {
            return Source(span: span, kind: .pronoun)
        }
        if words.count == 1, !words[first].isCapitalized, Self.isAuxiliary(lower[0]) { return nil }
        // "who runs a café …": a relative clause stands for the name before it.
        if ["who", "which"].contains(lower[0]) {
            return Source(span: tokens[first].start..<tokens[first].end, kind: .pronoun)
        }
        let preposition = words.indices.first {
            $0 > first && (Self.nounPrepositions.contains(lower[$0 - first]) || lower[$0 - first] == "by")
        }
        let headEnd = preposition.map { tokens[$0 - 1].end } ?? span.upperBound
        // "an interview with CNN Trump said": a person right before the cue, not after a preposition.
        let trailingPerson = context.entities(in: span).last { entity in
            preposition == nil && entity.type == .person && entity.end == span.upperBound && entity.start > headEnd
                && tokens.last(where: { $0.end <= entity.start }).map {
                    !Self.nounPrepositions.contains($0.text.lowercased())
                } == true
        }
        let inHead = context.entities(in: span).filter { $0.end <= headEnd }
        // "Meduza's source close to …": a possessor is not the speaker.
        let possessor =
            inHead.last.map { entity in
                let after = context.text(entity.end, min(entity.end + 3, headEnd))
                return after.hasPrefix("’s ") || after.hasPrefix("'s ")
            } ?? false
        if !possessor, let entity = inHead.last(where: { $0.type == .person }) ?? inHead.first ?? trailingPerson {
            let prefix = context.text(span.lowerBound, entity.start).trimmingASCIIWhitespace()
            var description =
                allowAppositive ? appositive(after: entity.end, context: context, limit: tokens.last?.end ?? 0) : nil
            let prefixWords = prefix.split(separator: " ").map { $0.lowercased() }
            if description == nil, prefixWords.contains(where: { !StopWords.contains($0, language: "en") }),
                prefix.first?.isLowercase == true || prefixWords.count >= 2,
                let opening = prefixWords.first, !Self.pronouns.contains(opening), !Self.boundaries.contains(opening)
            {
                description = String(prefix)
            }
            return Source(
                span: span, kind: .name, speaker: Self.fullName(of: entity, in: tokens, from: first),
                description: description)
        }
        guard let head = lower.last, !StopWords.contains(head, language: "en") || head == "others" else {
            return nil
        }
        let phrase = context.text(span.lowerBound, span.upperBound)
        if words.allSatisfy(\.isCapitalized), first > 0 || words.count > 1 {
            return Source(span: span, kind: .name, speaker: phrase)
        }
        let anonymous = lower.contains(where: Self.anonymousNouns.contains) || lower.first != "the"
        return Source(span: span, kind: anonymous ? .description : .reference, description: phrase)
    }

    /// The recognizer leaves out a sentence's first word, which may be a first name: "Mara
    /// Lindqvist told …" is Mara Lindqvist when the subject starts the sentence.
    static func fullName(of entity: EntityMention, in tokens: [Token], from first: Int) -> String {
        let word = tokens.first?.text.lowercased() ?? ""
        guard entity.type != .place, first == 0, !EntityLexicon.titles.contains(word),
            !EntityLexicon.calendarWords.contains(word), !EntityLexicon.places.contains(word), tokens.count > 1,
            tokens[1].start == entity.start,
            tokens[0].isCapitalized, !tokens[0].isStopWord, tokens[1].start - tokens[0].end == 1,
            !determiners.contains(tokens[0].text.lowercased()), !entity.name.contains(tokens[0].text)
        else { return entity.name }
        return tokens[0].text + " " + entity.name
    }

    /// Prepositions inside a noun phrase ("an expert at", "a source close to", "people familiar with").
    static let nounPrepositions: Set<String> = ["of", "for", "at", "in", "from", "to", "with", "on"]

    /// The first word of the noun phrase ending at `last`: over names, titles, possessives and
    /// prepositional phrases ("an employee of the envoy's office in Moscow").
    fileprivate func phraseStart(endingAt last: Int, in tokens: [Token], context: Context, limit: Int = 12) -> Int {
        var first = last
        var plain = 0
        while first > 0, last - first < limit {
            let previous = tokens[first - 1].text.lowercased()
            let gap = context.gap(tokens, before: first)
            let joined =
                gap == " " || gap == "-" || gap == "’s " || gap == "'s "
                || (gap == ". " && (Self.abbreviations.contains(previous) || previous.count == 1))
            guard joined else { break }
            if Self.nounPrepositions.contains(previous), first >= 2, context.gap(tokens, before: first - 1) == " " {
                let noun = tokens[first - 2]
                let nounText = noun.text.lowercased()
                let fits: Bool
                switch previous {
                case "to": fits = ["close", "closer", "near"].contains(nounText)
                case "with": fits = ["familiar", "involved"].contains(nounText)
                default:
                    // "Neil Melvin of RUSI", "an expert at X", but not "Mike Pence on Thursday".
                    fits =
                        !tokens[first].isNumber
                        && !EntityLexicon.calendarWords.contains(tokens[first].text.lowercased())
                        && !noun.isStopWord && !Self.boundaries.contains(nounText) && !Self.cueVerbs.contains(nounText)
                        && !Self.objectCues.contains(nounText) && !nounText.hasSuffix("ed")
                }
                if fits {
                    first -= 1
                    continue
                }
                break
            }
            guard !Self.boundaries.contains(previous) || previous == "the" else { break }
            plain += 1
            first -= 1
        }
        return first
    }

    /// The appositive after a name: `Name, an expert at X, told …` gives "an expert at X".
    fileprivate func appositive(after offset: Int, context: Context, limit: Int) -> String? {
        let scalars = context.scalars
        guard offset + 2 < scalars.count, scalars[offset] == "," else { return nil }
        var end = offset + 1
        let limit = min(scalars.count, limit + 1, offset + 120)
        while end < limit, scalars[end] != ",", scalars[end] != "\n",
            scalars[end] != "." || (end + 1 < limit && scalars[end + 1] != " ")
        {
            end += 1
        }
        let phrase = context.text(offset + 1, end).trimmingASCIIWhitespace()
        let first = phrase.split(separator: " ").first?.lowercased() ?? ""
        let lowercaseNoun = phrase.first?.isLowercase == true && !first.hasSuffix("ed") && !first.hasSuffix("ing")
        guard ["a", "an", "the", "who", "former"].contains(first) || lowercaseNoun,
            phrase.split(separator: " ").count >= 2
        else { return nil }
        return String(phrase)
    }

    /// The subject ending at token `last`, reaching back over a name and its title.
    fileprivate func subject(endingAt last: Int, in tokens: [Token], context: Context) -> (Int, Source)? {
        guard last >= 0 else { return nil }
        var first = phraseStart(endingAt: last, in: tokens, context: context)
        guard var found = source(tokens, first, last, context: context, allowAppositive: false) else { return nil }
        // "Name, a spokesman, said" and "a spokeswoman, Name, said".
        if first >= 2, context.gap(tokens, before: first).trimmingASCIIWhitespace() == ",",
            context.gap(tokens, before: last + 1).hasPrefix(",")
        {
            let before = first - 1
            let start = phraseStart(endingAt: before, in: tokens, context: context)
            if found.kind == .pronoun, ["who", "which"].contains(tokens[first].text.lowercased()),
                let outer = source(tokens, start, before, context: context, allowAppositive: false), outer.kind == .name
            {
                // "Name, who runs a café by the stop, said …"
                found = Source(
                    span: tokens[start].start..<tokens[last].end, kind: .name, speaker: outer.speaker,
                    description: context.text(tokens[first].start, tokens[last].end))
                return (start, found)
            }
            if let outer = source(tokens, start, before, context: context, allowAppositive: false),
                outer.kind == .name || found.kind == .name,
                (found.kind == .name ? outer : found).description?.contains(" ") == true
                    || outer.kind == .name && found.kind == .name
            {
                // "Name, who runs a café, said": the relative clause describes the name before it.
                let innerDescribes =
                    outer.kind == .name
                    && (found.kind != .name || Self.determiners.contains(tokens[first].text.lowercased()))
                let named = innerDescribes ? outer : found
                let described = innerDescribes ? found : outer
                found = Source(
                    span: tokens[start].start..<tokens[last].end, kind: .name, speaker: named.speaker,
                    description: described.kind == .name ? named.description : described.description)
                first = start
            }
        }
        return (first, found)
    }

    /// The subject starting at token `first` ("said Name, an expert at X").
    fileprivate func subject(
        startingAt first: Int, in tokens: [Token], context: Context, reach: Int = 6
    ) -> (Int, Source)? {
        guard first < tokens.count else { return nil }
        let leading = tokens[first].text.lowercased()
        guard !Self.boundaries.contains(leading) || leading == "the", !Self.cueParticles.contains(leading) else {
            return nil
        }
        var last = first
        while last + 1 < tokens.count, last - first < reach {
            let gap = context.gap(tokens, before: last + 1)
            let next = tokens[last + 1].text.lowercased()
            // "according to a tally by the Associated Press"
            let current = tokens[last].text.lowercased()
            if gap == " ",
                ["by", "of", "from", "at", "for"].contains(next) && reach > 6
                    || next == "to" && ["close", "closer"].contains(current) || next == "with" && current == "familiar"
            {
                last += 1
                continue
            }
            let joined =
                gap == " " || gap == "-" || gap == "’s " || gap == "'s "
                || (gap == ". "
                    && (Self.abbreviations.contains(tokens[last].text.lowercased()) || tokens[last].text.count == 1))
            guard joined, !Self.boundaries.contains(next) || next == "the" else { break }
            last += 1
        }
        guard let found = source(tokens, first, last, context: context, allowAppositive: true) else { return nil }
        return (last, found)
    }

    /// Every cue of a sentence with its source: `Name said`, `said Name`, `according to Name`.
    fileprivate func cues(in sentence: AnalysedSentence, context: Context) -> [Cue] {
        let tokens = sentence.tokens
        var result: [Cue] = []
        for (index, token) in tokens.enumerated() where !context.isQuoted(token.start) {
            let word = token.text.lowercased()
            if word == "according", index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "to" {
                guard let (last, subject) = subject(startingAt: index + 2, in: tokens, context: context, reach: 10)
                else { continue }
                var found = subject
                // "According to Name, the …" : what follows the comma is the content, not an appositive.
                if found.kind == .name, let description = found.description,
                    !context.text(tokens[index + 2].start, tokens[last].end).contains(description)
                {
                    found.description = nil
                }
                result.append(
                    Cue(
                        span: token.start..<tokens[index + 1].end, text: "according to", source: found, index: index,
                        sourceFirst: index + 2, sourceLast: last))
                continue
            }
            guard Self.cueVerbs.contains(word) || Self.objectCues.contains(word), index == 0 || !token.isCapitalized
            else { continue }
            if index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "by" { continue }
            // "put" only as in "as Name put it".
            if word == "put" || word == "puts", index + 1 >= tokens.count || tokens[index + 1].text.lowercased() != "it"
            {
                continue
            }
            let gapBefore = context.gap(tokens, before: index)
            if word.hasSuffix("ing") {
                // `…, saying …` and `… by saying: "…"` go on with the sentence's speaker; other -ing
                // forms are not cues.
                let gapAfter = index + 1 < tokens.count ? context.gap(tokens, before: index + 1) : ""
                guard
                    gapBefore.contains(",")
                        || gapAfter.contains(where: { $0 == ":" || Self.quoteCharacters.contains($0) })
                else { continue }
                let speaker =
                    result.last.map { ($0.source, $0.sourceFirst, $0.sourceLast) }
                    ?? openingName(of: sentence, context: context)
                    ?? clauseSpeaker(in: sentence, before: index, context: context)
                if let (found, first, last) = speaker, last < index {
                    result.append(
                        Cue(
                            span: token.start..<token.end, text: token.text, source: found, index: index,
                            sourceFirst: first, sourceLast: last))
                }
                continue
            }
            // `Name shook her head and said, "…"`: a second verb shares the sentence's subject.
            if index >= 2, tokens[index - 1].text.lowercased() == "and", gapBefore == " ", index + 1 < tokens.count,
                context.gap(tokens, before: index + 1).contains(where: Self.quoteCharacters.contains),
                let (found, first, last) = openingName(of: sentence, context: context)
                    ?? clauseSpeaker(in: sentence, before: index - 1, context: context),
                last < index - 1
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: first, sourceLast: last))
                continue
            }
            // `…, said Name, an expert at X.` wins over the words before the comma.
            let invertedName =
                gapBefore.contains(",") && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                && !context.entities(in: tokens[index + 1].start..<tokens[index + 1].start + 1).isEmpty
                && subject(startingAt: index + 1, in: tokens, context: context).map { last, _ in
                    last + 1 == tokens.count || context.gap(tokens, before: last + 1).contains(",")
                } == true
            // `Name said …`, `Name, an expert at X, said …`, `…, Name said.`
            if !invertedName, !gapBefore.contains(where: Self.quoteCharacters.contains),
                let (first, last, found) = subject(before: index, in: tokens, context: context),
                gapBefore == " " || gapBefore == ") " || found.kind == .name
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: first,
                        sourceLast: last))
                continue
            }
            // `…," said Name` / `…, said Name, an expert at X.`
            if index == 0 || gapBefore.contains(where: { $0 == "," || Self.quoteCharacters.contains($0) }),
                let (last, found) = subject(startingAt: index + 1, in: tokens, context: context),
                found.kind != .description || Self.determiners.contains(tokens[index + 1].text.lowercased()),
                last + 1 == tokens.count
                    || context.gap(tokens, before: last + 1).contains(where: { ",.;:—(".contains($0) })
                    || Self.adjuncts.contains(tokens[last + 1].text.lowercased())
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: index + 1, sourceLast: last))
            }
        }
        return result
    }

    /// The speaker of a sentence's clause before token `index`: the last pronoun, else the last
    /// person or body named before it ("When X died, President Clinton released a statement:").
    fileprivate func clauseSpeaker(in sentence: AnalysedSentence, before index: Int, context: Context)
        -> (Source, Int, Int)?
    {
        let tokens = sentence.tokens
        guard index > 0, index <= tokens.count else { return nil }
        let end = tokens[index - 1].end
        let pronoun = tokens[..<index].lastIndex { ["he", "she", "they", "i", "we"].contains($0.text.lowercased()) }
        // Not the object of a preposition ("delivered to the Water Authority").
        let named = context.entities(in: sentence.start..<end).last { entity in
            guard entity.end <= end else { return false }
            let before = tokens.last { $0.end <= entity.start && !Self.determiners.contains($0.text.lowercased()) }
            return before.map {
                !Self.nounPrepositions.contains($0.text.lowercased())
                    && !Self.placePrepositions.contains($0.text.lowercased())
            } ?? true
        }
        if let pronoun, named.map({ $0.start < tokens[pronoun].start }) ?? true {
            return (Source(span: tokens[pronoun].start..<tokens[pronoun].end, kind: .pronoun), pronoun, pronoun)
        }
        guard let named, let first = tokens.firstIndex(where: { $0.start >= named.start }),
            let last = tokens.lastIndex(where: { $0.end <= named.end })
        else { return nil }
        return (
            Source(
                span: named.start..<named.end, kind: .name, speaker: Self.fullName(of: named, in: tokens, from: first)),
            first, last
        )
    }

    /// The person or body that opens a sentence ("Mayor Ada Wren opened …, telling …").
    fileprivate func openingName(of sentence: AnalysedSentence, context: Context) -> (Source, Int, Int)? {
        let tokens = sentence.tokens
        guard tokens.count > 2,
            let entity = context.entities(in: tokens[0].start..<tokens[2].end).first(where: {
                $0.start >= tokens[0].start && $0.start <= tokens[2].start && $0.type != .place
            }),
            let last = tokens.lastIndex(where: { $0.end <= entity.end })
        else {
            if let pronoun = tokens.first, Self.pronouns.contains(pronoun.text.lowercased()) {
                return (Source(span: pronoun.start..<pronoun.end, kind: .pronoun), 0, 0)
            }
            return nil
        }
        return (
            Source(
                span: tokens[0].start..<entity.end, kind: .name, speaker: Self.fullName(of: entity, in: tokens, from: 0)
            ),
            0, last
        )
    }

    /// "has", "also", "hasn't", "not", "strongly": words between a subject and its cue.
    static func isAuxiliary(_ word: String) -> Bool {
        auxiliaries.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t") || word == "not"
            || (word.hasSuffix("ly") && word.count > 4)
    }

    /// `"…," Name barked` / `"…," barked Name`: a subject and a lowercase verb after a quotation.
    fileprivate func shapeCue(after next: Int, in sentence: AnalysedSentence, context: Context) -> Cue? {
        let tokens = sentence.tokens
        if let (last, found) = subject(startingAt: next, in: tokens, context: context), last + 1 < tokens.count,
            found.kind != .reference || Self.determiners.contains(tokens[next].text.lowercased()),
            context.gap(tokens, before: last + 1) == " ", !tokens[last + 1].isCapitalized,
            !Self.boundaries.contains(tokens[last + 1].text.lowercased())
        {
            let verb = tokens[last + 1]
            return Cue(
                span: verb.start..<verb.end, text: verb.text, source: found, index: last + 1, sourceFirst: next,
                sourceLast: last)
        }
        let verb = tokens[next]
        if !verb.isCapitalized, verb.text.hasSuffix("ed"), next + 1 < tokens.count,
            let (last, found) = subject(startingAt: next + 1, in: tokens, context: context), found.kind == .name
        {
            return Cue(
                span: verb.start..<verb.end, text: verb.text, source: found, index: next, sourceFirst: next + 1,
                sourceLast: last)
        }
        return nil
    }

    /// `“…” ― Name`: a quotation signed with a dash, as collected comments and epigraphs are.
    fileprivate func dashCue(after span: Span, context: Context) -> Cue? {
        var offset = span.contentEnd
        while offset < context.scalars.count, offset - span.contentEnd < 4,
            Self.quoteCharacters.contains(Character(context.scalars[offset]))
                || context.scalars[offset].properties.isWhitespace && context.scalars[offset] != "\n"
        {
            offset += 1
        }
        guard offset < context.scalars.count, ["―", "—", "–"].contains(context.scalars[offset]),
            let sentence = context.sentences.first(where: { $0.end > offset + 1 }),
            let next = sentence.tokens.firstIndex(where: { $0.start > offset }),
            sentence.tokens[next].start - offset <= 3, sentence.tokens[next].isCapitalized,
            let (last, found) = subject(startingAt: next, in: sentence.tokens, context: context), found.kind == .name
        else { return nil }
        // The signature ends its line: "― Carlos Raúl", not "— Clinton then said".
        let after = last + 1 < sentence.tokens.count ? context.gap(sentence.tokens, before: last + 1) : "\n"
        guard last + 1 == sentence.tokens.count || after.contains(where: { "\n.,;".contains($0) }) else { return nil }
        return Cue(
            span: offset..<offset + 1, text: String(context.scalars[offset]), source: found, index: next,
            sourceFirst: next, sourceLast: last)
    }

    /// Where the paragraph before the one of `span` starts.
    fileprivate func previousParagraphStart(_ span: Span, _ context: Context) -> Int {
        guard let sentence = context.sentence(at: span.contentStart) else { return 0 }
        return context.sentences.first { $0.paragraph >= sentence.paragraph - 1 }?.start ?? 0
    }

    /// `Name issued the following statement:`: the sentence's subject introduces what follows.
    fileprivate func colonCue(in sentence: AnalysedSentence, context: Context) -> Cue? {
        guard let colon = sentence.text.unicodeScalars.lastIndex(of: ":") else { return nil }
        var speaker = subject(startingAt: 0, in: sentence.tokens, context: context).flatMap { last, found in
            found.kind == .name || found.kind == .pronoun ? (found, last) : nil
        }
        if speaker == nil,
            let (found, _, last) = clauseSpeaker(
                in: sentence, before: sentence.tokens.count, context: context)
        {
            speaker = (found, last)
        }
        guard let (found, last) = speaker else { return nil }
        let offset =
            sentence.start
            + sentence.text.unicodeScalars.distance(
                from: sentence.text.unicodeScalars.startIndex, to: colon)
        return Cue(span: offset..<offset + 1, text: ":", source: found, index: last, sourceFirst: 0, sourceLast: last)
    }

    /// Words that start an adjunct after an inverted subject ("said Name on Monday").
    static let adjuncts: Set<String> = [
        "on", "in", "at", "during", "of", "about", "after", "before", "last", "this", "when", "while", "who",
        "as", "from", "to", "recently", "later", "earlier", "yesterday", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "told", "added", "adding", "referring", "and",
    ]

    /// The subject of the cue at `index`, before it: over auxiliaries ("has also said") and a
    /// bracketed party tag ("Name (R-Fla.) said").
    fileprivate func subject(before index: Int, in tokens: [Token], context: Context) -> (Int, Int, Source)? {
        var last = index - 1
        var bracketed = false
        if last > 0, context.gap(tokens, before: index).hasPrefix(")"),
            let open = (max(1, index - 5)..<index).last(where: { context.gap(tokens, before: $0).hasSuffix("(") })
        {
            last = open - 1
            bracketed = true
        }
        while last > 0,
            context.gap(tokens, before: last + 1) == " "
                || context.gap(tokens, before: last + 1) == ", " && context.gap(tokens, before: last) == ", ",
            !tokens[last].isCapitalized, Self.isAuxiliary(tokens[last].text.lowercased())
        {
            last -= 1
        }
        // "Name on Thursday said", "Name last week said": the time is not the subject.
        if last >= 2,
            EntityLexicon.calendarWords.contains(tokens[last].text.lowercased())
                || ["week", "month", "year", "night", "morning"].contains(tokens[last].text.lowercased()),
            ["on", "last", "this", "late", "early"].contains(tokens[last - 1].text.lowercased()),
            context.gap(tokens, before: last) == " ", context.gap(tokens, before: last - 1) == " "
        {
            last -= 2
        }
        guard last >= 0, !Self.boundaries.contains(tokens[last].text.lowercased()) else { return nil }
        let gap = bracketed ? " " : context.gap(tokens, before: last + 1)
        guard gap == " " || gap == ", " && !Self.pronouns.contains(tokens[last].text.lowercased()),
            let (first, found) = subject(endingAt: last, in: tokens, context: context),
            gap == " " || found.kind == .name
        else { return nil }
        return (first, last, found)
    }

    static let quoteCharacters: Set<Character> = ["\"", "“", "”", "«", "»", "'", "’"]
}

// MARK: Shapes

extension QuoteExtractor {
    fileprivate func quote(
        _ start: Int, _ end: Int, kind: QuoteKind, cue: Cue?, sentence: Int, context: Context
    ) -> QuoteMention {
        QuoteMention(
            text: context.text(start, end), start: start, end: end, kind: kind, speaker: cue?.source.speaker,
            speakerDescription: cue?.source.description, cue: cue?.text, sentence: sentence,
            speakerStart: cue?.source.span.lowerBound, speakerEnd: cue?.source.span.upperBound,
            cueStart: cue?.span.lowerBound, cueEnd: cue?.span.upperBound)
    }

    /// Quotations of four words or more, attributed by a cue right after the closing mark, one
    /// before the opening mark, or a sentence ending in a colon just before.
    fileprivate func directQuotes(_ spans: [Span], context: Context) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var previousSpanEnd = -1
        var pending: [(span: Span, sentence: Int)] = []
        for span in spans {
            defer { previousSpanEnd = span.contentEnd }
            guard let opening = context.sentence(at: span.contentStart) else { continue }
            let closing = context.sentence(at: span.contentEnd, strictly: true) ?? opening
            var cue = closing.tokens.firstIndex { $0.start >= span.contentEnd }.flatMap { next -> Cue? in
                // `"the long way," and Wren said: "…"`: after a conjunction a new clause begins.
                guard !["and", "but", "or"].contains(closing.tokens[next].text.lowercased()) else { return nil }
                return context.cues[closing.index].first {
                    $0.index >= next && $0.index - next <= 14
                        && min($0.index, $0.sourceFirst) >= next
                        && closing.tokens[next].start - span.contentEnd <= 6
                        && !context.text(span.contentEnd, closing.tokens[next].start).contains(where: \.isLetter)
                }
            }
            if cue == nil, let next = closing.tokens.firstIndex(where: { $0.start >= span.contentEnd }),
                context.text(max(span.contentStart, span.contentEnd - 1), span.contentEnd).contains(where: {
                    ",?!".contains($0)
                }),
                closing.tokens[next].start - span.contentEnd <= 6
            {
                // `"…," Name barked.`: the shape says it even where the verb is not in the lexicon.
                cue = shapeCue(after: next, in: closing, context: context)
            }
            if cue == nil {
                cue = dashCue(after: span, context: context)
            }
            if cue == nil, closing.tokens.last.map({ $0.end <= span.contentEnd }) ?? true,
                closing.index + 1 < context.sentences.count,
                context.sentences[closing.index + 1].paragraph == closing.paragraph
            {
                // `"…?" Name said.` where the question mark ended the sentence.
                let next = context.sentences[closing.index + 1]
                let ending = context.text(max(span.contentStart, span.contentEnd - 2), span.contentEnd)
                if ending.contains(where: { "?!—-".contains($0) }) || next.text.first?.isLowercase == true {
                    cue = context.cues[next.index].first {
                        let end = max($0.index, $0.sourceLast)
                        // "Trump said of Apple in February, …": an adjunct may run on.
                        let adjunct =
                            end + 1 < next.tokens.count
                            && Self.adjuncts.contains(next.tokens[end + 1].text.lowercased())
                        return min($0.index, $0.sourceFirst) == 0 && end <= 8
                            && (next.tokens.count - end <= 6 || adjunct) && $0.text != "according to"
                    }
                }
            }
            if cue == nil {
                // `Name said: "…"`, `Name told DW, "…"`, `According to Name, "…"`; right before a short one.
                let lastBefore = opening.tokens.lastIndex { $0.end <= span.contentStart }
                let reach = span.isLong ? 6 : 0
                cue = context.cues[opening.index].last { candidate in
                    guard let lastBefore, candidate.span.upperBound <= span.contentStart else { return false }
                    // The quotation follows the cue, or a comma or colon after the listener or an adjunct.
                    let distance = lastBefore - max(candidate.index, candidate.sourceLast)
                    let opener = context.gap(opening.tokens, before: lastBefore + 1)
                    // A short quotation right after its cue counts where it closes the sentence
                    // (`called it ''a disgrace.''`); inside a sentence it is the writer's phrase.
                    let closesSentence = !opening.tokens.contains { $0.start >= span.contentEnd }
                    return distance == 0 && (span.isLong || closesSentence || opener.contains { ",:".contains($0) })
                        || distance <= reach && opener.contains { ",:".contains($0) }
                }
            }
            if cue == nil, opening.index > 0, !opening.tokens.contains(where: { $0.end <= span.contentStart }) {
                // A block quotation after `Name said:` or `Name agreed.`, or `Name issued a statement:`.
                let previous = context.sentences[opening.index - 1]
                let introduction = previous.text.trimmingASCIIWhitespace()
                if introduction.hasSuffix(":") {
                    cue = context.cues[previous.index].last ?? colonCue(in: previous, context: context)
                } else if let last = context.cues[previous.index].last,
                    max(last.index, last.sourceLast) == previous.tokens.count - 1,
                    previous.paragraph == opening.paragraph
                {
                    cue = last
                }
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).contains(where: { ",:".contains($0) }),
                !opening.tokens[lastBefore].isCapitalized,
                !Self.boundaries.contains(opening.tokens[lastBefore].text.lowercased()),
                let (first, last, found) = subject(before: lastBefore, in: opening.tokens, context: context),
                found.kind == .name || found.kind == .pronoun
                    || context.text(opening.tokens[lastBefore].end, span.contentStart).contains(":")
            {
                // `Name demurred: "…"`: the shape says it where the verb is not in the lexicon.
                let verb = opening.tokens[lastBefore]
                cue = Cue(
                    span: verb.start..<verb.end, text: verb.text, source: found, index: lastBefore, sourceFirst: first,
                    sourceLast: last)
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).contains(where: { ",:".contains($0) }),
                !opening.tokens[lastBefore].isCapitalized, !opening.tokens[lastBefore].isStopWord,
                context.gap(opening.tokens, before: lastBefore) == " ",
                let (found, first, last) = clauseSpeaker(in: opening, before: lastBefore, context: context)
            {
                // `…, she then boomed, "…"`: the clause's speaker.
                let verb = opening.tokens[lastBefore]
                cue = Cue(
                    span: verb.start..<verb.end, text: verb.text, source: found, index: lastBefore, sourceFirst: first,
                    sourceLast: last)
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).hasPrefix(":"),
                let (first, found) = subject(endingAt: lastBefore, in: opening.tokens, context: context),
                found.kind == .name
            {
                // `Name: "…"` inside a sentence.
                let colon = opening.tokens[lastBefore].end
                cue = Cue(
                    span: colon..<colon + 1, text: ":", source: found, index: lastBefore, sourceFirst: first,
                    sourceLast: lastBefore)
            }
            guard let cue else {
                // A quotation inside a sentence of the writer's is a phrase, not a statement.
                // Continues a quotation of the same paragraph or the one before: a speaker later.
                let reach = span.contentStart - previousSpanEnd
                guard span.isLong || reach < 120, !opening.tokens.contains(where: { $0.end <= span.contentStart })
                else { continue }
                if span.isContinued, result.last.map({ $0.end < previousParagraphStart(span, context) }) ?? true {
                    // Runs into the next paragraph, whose quotation may name the speaker.
                    pending.append((span, opening.index))
                    continue
                }
                let between =
                    result.last.map { last in
                        context.sentences[..<opening.index].suffix(12).filter {
                            $0.start >= last.end && $0.end <= span.contentStart
                        }
                    } ?? []
                guard let last = result.last, last.speakerStart != nil,
                    reach < 400 && context.sentences[last.sentence].paragraph >= opening.paragraph - 1,
                    // Nobody else may speak in between.
                    !between.contains(where: { sentence in
                        context.cues[sentence.index].contains { $0.span.lowerBound != last.cueStart }
                    })
                else {
                    // A quotation of its own after someone spoke earlier in the paragraph.
                    let earlier = context.sentences[..<opening.index].reversed()
                        .prefix { $0.paragraph == opening.paragraph }
                        .lazy.compactMap { context.cues[$0.index].last }.first
                    if span.isLong, let earlier {
                        result.append(
                            quote(
                                span.contentStart, span.contentEnd, kind: .direct, cue: earlier,
                                sentence: opening.index, context: context))
                    }
                    continue
                }
                var continued = quote(
                    span.contentStart, span.contentEnd, kind: .direct, cue: nil, sentence: opening.index,
                    context: context)
                continued.speaker = last.speaker
                continued.speakerDescription = last.speakerDescription
                continued.speakerStart = last.speakerStart
                continued.speakerEnd = last.speakerEnd
                // A quotation of the next paragraph is a statement of its own by the same speaker;
                // one in the same paragraph continues the statement.
                continued.isContinuation = context.sentences[last.sentence].paragraph == opening.paragraph
                result.append(continued)
                continue
            }
            var found = quote(
                span.contentStart, span.contentEnd, kind: .direct, cue: cue, sentence: opening.index, context: context)
            // `"…," Name said, "…"`: one statement around its attribution.
            if let last = result.last, last.cueStart == cue.span.lowerBound { found.isContinuation = true }
            // Paragraphs of the same quotation before this one, attributed only here.
            if let first = pending.first,
                context.sentences[first.sentence].paragraph >= opening.paragraph - pending.count
            {
                for (index, (earlier, sentence)) in pending.enumerated() {
                    var continued = found
                    continued.text = context.text(earlier.contentStart, earlier.contentEnd)
                    continued.start = earlier.contentStart
                    continued.end = earlier.contentEnd
                    continued.sentence = sentence
                    continued.isContinuation = index > 0
                    result.append(continued)
                }
                found.isContinuation = true
            }
            pending = []
            result.append(found)
        }
        return result
    }

    /// `Name said (that) …`, `…, Name said.`, `According to Name, …`, `…, according to Name.`
    fileprivate func reportedSpeech(
        in sentence: AnalysedSentence, context: Context, taken: [Range<Int>], spentCues: Set<Int>
    ) -> [QuoteMention] {
        let tokens = sentence.tokens
        guard tokens.count >= 4 else { return [] }
        var result: [QuoteMention] = []
        var consumedUpTo = -1
        var cues = context.cues[sentence.index]
        // `…, organizers added …, the paper reported.`: a cue closing the sentence governs it all.
        if let final = cues.last, final.sourceLast < tokens.count, cues.count > 1,
            max(final.index, final.sourceLast) >= tokens.count - 3,
            context.gap(tokens, before: min(final.index, final.sourceFirst)).contains(",")
        {
            cues = [final]
        }
        for cue in cues where cue.index > consumedUpTo && !spentCues.contains(cue.span.lowerBound) {
            let isObjectCue = Self.objectCues.contains(cue.text.lowercased())
            let sourceBeforeCue = cue.sourceLast < cue.index
            let afterCue =
                (sourceBeforeCue ? cue.index : max(cue.index + (cue.text == "according to" ? 1 : 0), cue.sourceLast))
                + 1
            var start = afterCue
            if sourceBeforeCue || cue.text == "according to" {
                start = contentStart(after: cue, from: afterCue, tokens: tokens, context: context)
            }
            let openingCue = min(cue.index, cue.sourceFirst)
            let after = tokens[min(start, tokens.count)...]
            let beforeStart = consumedUpTo + 1
            let before = openingCue > beforeStart ? tokens[beforeStart..<openingCue] : []
            let beforeIsClause =
                !before.isEmpty && context.gap(tokens, before: openingCue).contains(where: { $0 == "," || $0 == "—" })
            // Words right after the cue are what was said, unless a comma parts them from it
            // (`…, Name said, adding …`) and no quotation follows.
            let gapAfterCue = start < tokens.count ? context.gap(tokens, before: start) : ""
            let afterIsComplement =
                after.count >= (isObjectCue ? 1 : 3)
                && (!gapAfterCue.contains(",") || gapAfterCue.contains(where: Self.quoteCharacters.contains)
                    || cue.text == "according to")
            let beforeIsQuoted = !before.isEmpty && context.quotedShare(before) >= 0.5
            var content: ArraySlice<Token>
            if afterIsComplement, !beforeIsQuoted {
                content = after
            } else if beforeIsClause, before.count >= 3, !isObjectCue {
                content = before
            } else {
                continue
            }
            if cue.text == "according to", openingCue > 0, beforeIsClause, before.count >= 3 { content = before }
            // Stop before the next cue's own clause ("…, Name said, adding that …").
            if content.startIndex > cue.index,
                let next = cues.lazy.map({ next in
                    next.sourceFirst > content.startIndex ? min(next.index, next.sourceFirst) : next.index
                }).first(where: {
                    $0 > content.startIndex + 2 && context.gap(tokens, before: $0).contains(",")
                })
            {
                content = tokens[content.startIndex..<next]
            }
            if Self.objectCues.contains(cue.text.lowercased()), content.startIndex > cue.index,
                let stop = content.indices.dropFirst().first(where: {
                    context.gap(tokens, before: $0).contains(where: { ",;—–(".contains($0) })
                })
            {
                content = tokens[content.startIndex..<stop]
            }
            // "the state of emergency that the governor declared on Wednesday is still in force": the
            // verb's object came before it, in a relative clause; nothing follows that anybody said.
            if content.startIndex > cue.index, cue.sourceFirst >= 2, cue.sourceLast < cue.index,
                ["that", "which"].contains(tokens[cue.sourceFirst - 1].text.lowercased()),
                context.gap(tokens, before: cue.sourceFirst - 1) == " ",
                !Self.cueVerbs.contains(tokens[cue.sourceFirst - 2].text.lowercased()),
                !tokens[cue.sourceFirst - 2].isStopWord,
                let opening = content.first?.text.lowercased(), Self.adjuncts.contains(opening)
            {
                continue
            }
            // "sewers found under the street", "was told by": not what anybody said.
            if let opening = content.first?.text.lowercased(), content.startIndex > cue.index,
                opening == "by" || isObjectCue && Self.placePrepositions.contains(opening)
            {
                continue
            }
            let least = Self.objectCues.contains(cue.text.lowercased()) ? 1 : 3
            guard let first = content.first, let last = content.last, content.count >= least,
                !taken.contains(where: { $0.overlaps(first.start..<last.end) })
            else { continue }
            result.append(
                quote(first.start, last.end, kind: .indirect, cue: cue, sentence: sentence.index, context: context))
            consumedUpTo = max(content.endIndex - 1, cue.sourceLast, cue.index)
        }
        return result
    }

    /// Where the reported words start after a cue: past the listener ("told reporters"), a short
    /// adjunct ("on Sunday"), and "that".
    fileprivate func contentStart(after cue: Cue, from index: Int, tokens: [Token], context: Context) -> Int {
        var start = index
        if cue.text == "according to" {
            // "According to Name, …": the words after the comma closing the source, and after an
            // appositive ("According to Name, chief of X, …").
            while start < tokens.count, !context.gap(tokens, before: start).contains(",") { start += 1 }
            if start < tokens.count,
                let close = tokens[start...].indices.dropFirst().first(where: {
                    context.gap(tokens, before: $0).contains(",")
                }), close - start <= 10
            {
                let word = tokens[start].text.lowercased()
                let describes =
                    ["a", "an"].contains(word)
                    || !tokens[start].isCapitalized && !Self.determiners.contains(word) && !Self.pronouns.contains(word)
                        && !Self.boundaries.contains(word)
                if describes, tokens.count - close >= 3 { return close }
            }
            return start
        }
        if Self.objectCues.contains(cue.text.lowercased()) {
            var skipped = 0
            while start < tokens.count, skipped < 2, Self.cueParticles.contains(tokens[start].text.lowercased()) {
                start += 1
                skipped += 1
            }
            return start
        }
        let window = tokens[start..<min(tokens.count, start + 7)]
        if let that = window.firstIndex(where: { $0.text.lowercased() == "that" }),
            !(start..<that).contains(where: { context.gap(tokens, before: $0).contains(",") })
        {
            let skipped = tokens[start..<that].map { $0.text.lowercased() }
            let adjunct = ["on", "in", "at", "during", "last", "this", "after", "before", "earlier", "late"]
            if that == start || Self.listenerVerbs.contains(cue.text.lowercased())
                || skipped.first.map(adjunct.contains) == true
            {
                return that + 1
            }
        }
        if Self.listenerVerbs.contains(cue.text.lowercased()) {
            var skipped = 0
            while start < tokens.count, skipped < 4, !context.gap(tokens, before: start).contains(",") || skipped == 0,
                tokens[start].isCapitalized || Self.determiners.contains(tokens[start].text.lowercased())
                    || ["reporters", "him", "her", "them", "us", "me", "audience", "crowd", "supporters"].contains(
                        tokens[start].text.lowercased())
            {
                start += 1
                skipped += 1
            }
        }
        while start < tokens.count, context.gap(tokens, before: start).hasPrefix(":") == false,
            start == index && context.gap(tokens, before: start).contains(",")
        {
            start += 1
        }
        return start
    }

    // MARK: Transcripts

    /// `NAME SURNAME: words` lines of broadcast transcripts; hosts and reporters
    /// (single-word labels, BYLINE) are the outlet speaking, not a source.
    fileprivate func transcriptQuotes(in sentences: [AnalysedSentence]) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var paragraphsSeen: Set<Int> = []
        for sentence in sentences where !paragraphsSeen.contains(sentence.paragraph) {
            paragraphsSeen.insert(sentence.paragraph)
            guard let colon = sentence.text.firstIndex(of: ":") else { continue }
            let label = sentence.text[..<colon]
            let words = label.split(separator: " ").map { $0.trimmingCharacters(in: [","]) }
            guard words.count >= 2, words.count <= 5, !words.contains("BYLINE"),
                words.allSatisfy({ $0 == $0.uppercased() && $0.contains(where: \.isLetter) })
            else { continue }
            let paragraphSentences = sentences.filter { $0.paragraph == sentence.paragraph }
            let contentStart = sentence.start + label.unicodeScalars.count + 1
            guard let last = paragraphSentences.last else { continue }
            let full = paragraphSentences.map(\.text).joined(separator: " ")
            let content = String(full.unicodeScalars.dropFirst(label.unicodeScalars.count + 1))
                .trimmingASCIIWhitespace()
            let speaker = words.map(EntityName.titleCased).joined(separator: " ")
            let leading = (full.unicodeScalars.count - label.unicodeScalars.count - 1) - content.unicodeScalars.count
            guard last.end - contentStart > 0, !content.isEmpty,
                content.unicodeScalars.count == last.end - contentStart - leading
            else { continue }
            result.append(
                QuoteMention(
                    text: String(content), start: contentStart + leading, end: last.end, kind: .direct,
                    speaker: speaker, speakerDescription: nil, cue: ":", sentence: sentence.index,
                    speakerStart: sentence.start, speakerEnd: contentStart - 1, cueStart: contentStart - 1,
                    cueEnd: contentStart))
        }
        return result
    }

    // MARK: Resolution

    /// Pronouns ("he said") take the last named speaker; "the source" or "the expert" take the
    /// last speaker described or named so; mentions keep pointing at the words in the text.
    fileprivate func resolved(_ quotes: [QuoteMention], context: Context) -> [QuoteMention] {
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

    fileprivate func lastPerson(before offset: Int, context: Context) -> String? {
        context.entities.last { $0.type == .person && $0.end <= offset }?.name
    }
}

extension QuoteExtractor.Context {
    /// Pairs curly, guillemet and straight double quotes and doubled apostrophes ('' … '');
    /// a straight quote opens after a space or line start and closes otherwise. A quotation
    /// still open at a paragraph's end runs to it: news copy reopens it in the next paragraph.
    fileprivate func quotationSpans() -> [QuoteExtractor.Span] {
        var spans: [QuoteExtractor.Span] = []
        var open: Int?
        var index = 0
        func add(_ start: Int, _ end: Int, continued: Bool = false) {
            var trimmedEnd = end
            while trimmedEnd > start, scalars[trimmedEnd - 1].properties.isWhitespace { trimmedEnd -= 1 }
            let words = text(start, trimmedEnd).split(whereSeparator: \.isWhitespace).count
            if trimmedEnd - start < 3000, words >= 1 {
                spans.append(
                    .init(contentStart: start, contentEnd: trimmedEnd, isContinued: continued, isLong: words >= 4))
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let previous = index > 0 ? scalars[index - 1] : " "
            let opensStraight =
                previous == " " || previous == "\n" || previous == "(" || previous == ":"
                || previous == "—"
            switch scalar {
            case "“", "«", "„":
                open = index + 1
            case "”", "»":
                if let start = open { add(start, index) }
                open = nil
            case "\"":
                if open == nil, opensStraight {
                    open = index + 1
                } else if let start = open {
                    add(start, index)
                    open = nil
                }
            case "'" where index + 1 < scalars.count && scalars[index + 1] == "'":
                if open == nil, opensStraight {
                    open = index + 2
                } else if let start = open {
                    add(start, index)
                    open = nil
                }
                index += 1
            case "\n":
                if index + 1 < scalars.count, scalars[index + 1] == "\n", let start = open {
                    add(start, index, continued: true)
                    open = nil
                }
            default:
                break
            }
            index += 1
        }
        return spans
    }
}
