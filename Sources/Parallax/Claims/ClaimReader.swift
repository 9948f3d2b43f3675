internal import ParallaxBase

/// Reads the claim a sentence makes from the analysis of its article: participants from the
/// names found, the happening from event words, quantities, dates from the time tagger, places,
/// negation and hedges, and whose claim it is (a quoted speaker, else the outlet).
struct ClaimReader {
    /// Event heads: stems of verbs and event nouns mapped to one happening, so "killed", "died"
    /// and "death" meet, as do "quake", "earthquake" and "tremor". Stems are Snowball English.
    /// A stem listed in two groups ("releas": release, launch) belongs to the first one: the
    /// groups are read in the order written, never in a dictionary's order, which changes from
    /// run to run with Swift's seeded hashing (docs/pipeline.md, "Deterministic briefs").
    static let happenings: [String: String] = {
        let groups: KeyValuePairs<String, [String]> = [
            "death": [
                "kill", "die", "dead", "death", "dy", "fatal", "perish", "toll", "murder", "slay", "slain", "succumb",
            ],
            "quake": ["quak", "quake", "earthquak", "earthquake", "tremor", "temblor", "jolt", "aftershock"],
            "acquire": ["acquir", "acquisit", "buy", "bought", "purchas", "takeov", "merger", "merg"],
            "arrest": ["arrest", "detain", "custodi", "apprehend", "captur", "nab"],
            "shoot": ["shoot", "shot", "gunman", "gunfir", "gunmen"],
            "fire": ["fire", "blaze", "burn", "flame", "wildfir", "arson", "arsonist", "torch"],
            "sentence": ["sentenc", "jail", "prison", "imprison"],
            "charge": ["charg", "indict", "accus"],
            "convict": ["convict", "guilti", "plead", "plea"],
            "injure": ["injur", "wound", "hurt"],
            "attack": ["attack", "bomb", "blast", "explos", "explod", "raid", "strike", "struck", "airstrik"],
            "crash": ["crash", "collid", "collis", "derail", "wreck"],
            "fall": ["fall", "fell", "plung", "plummet"],
            "rehab": ["rehab", "rehabilit", "treatment"],
            "enter": ["enter", "check", "admit", "admiss"],
            "leave": ["left", "leav", "depart", "exit", "quit"],
            "escape": ["escap", "fled", "flee", "breakout"],
            "hijack": ["hijack", "seiz", "pirat", "kidnap", "abduct", "hostag"],
            "release": ["releas", "freed"],
            "resign": ["resign"],
            "appoint": ["appoint", "hire", "nomin"],
            "fire_job": ["sack", "dismiss", "oust"],
            "win": ["win", "won", "victori", "beat", "defeat", "triumph"],
            "lose": ["lose", "lost", "loss"],
            "elect": ["elect", "vote", "ballot", "poll"],
            "sign": ["sign", "agreement", "deal", "contract", "accord"],
            "launch": ["launch", "unveil", "introduc", "releas", "announc"],
            "sink": ["sink", "sank", "capsiz", "sunk"],
            "flood": ["flood", "storm", "hurrican", "cyclon", "typhoon", "tsunami"],
            "evacuate": ["evacu"],
            "protest": ["protest", "demonstr", "ralli"],
            "sue": ["sue", "lawsuit", "su"],
            "cut": ["cut", "layoff", "slash", "reduc"],
            "trade": ["trade", "transfer"],
            "marry": ["marri", "wed", "engag"],
            "birth": ["born", "birth", "babi"],
            "retire": ["retir"],
            "call": ["call", "urg", "demand"],
            "silent": ["silent", "silenc", "quiet"],
            "fail": ["fail", "failur", "unabl"],
        ]
        var table: [String: String] = [:]
        for (happening, stems) in groups {
            for stem in stems where table[stem] == nil { table[stem] = happening }
        }
        // WordNet's paraphrases (`HappeningParaphrases.swift`) after the hand-written stems: "host"
        // and "emcee", "decease". Phrases are read apart (`phrases`).
        let stemmer = SnowballStemmer(languageCode: "en")
        for (happening, words) in paraphrases {
            for word in words where !word.contains(" ") {
                let stem = stemmer?.stem(word) ?? word
                if table[stem] == nil { table[stem] = happening }
            }
        }
        return table
    }()

    /// WordNet's paraphrases of several words ("pass away", "step down"), by the stem of their
    /// first word: the words after it as written, and the happening. Read before one word's
    /// happening, so "leave office" is a resignation, not a leaving.
    static let phrases: [String: [(rest: [String], happening: String)]] = {
        let stemmer = SnowballStemmer(languageCode: "en")
        var table: [String: [(rest: [String], happening: String)]] = [:]
        for (happening, words) in paraphrases {
            for phrase in words where phrase.contains(" ") {
                let parts = phrase.split(separator: " ").map(String.init)
                let stem = stemmer?.stem(parts[0]) ?? parts[0]
                table[stem, default: []].append((Array(parts.dropFirst()), happening))
            }
        }
        return table
    }()

    /// The happening of a phrase starting at `position` ("passed away") and how many words after
    /// the first it takes, if one does.
    static func phraseHappening(at position: Int, stem: String, lowered: [String]) -> (String, Int)? {
        guard
            let phrase = phrases[stem]?.first(where: { phrase in
                position + phrase.rest.count < lowered.count
                    && zip(phrase.rest, lowered[(position + 1)...]).allSatisfy { $0 == $1 }
            })
        else { return nil }
        return (phrase.happening, phrase.rest.count)
    }

    /// Verbs that report rather than happen: they make no happening of their own.
    static let reporting: Set<String> = [
        "said", "say", "says", "told", "tell", "report", "reported", "according", "added", "stated", "noted",
        "explained", "confirmed", "announced", "claimed", "wrote", "quoted", "cited",
    ]
    static let negations: Set<String> = ["not", "never", "no", "nor", "without"]
    /// Words that put a statement in the future.
    static let future: Set<String> = ["will", "would", "shall", "due", "scheduled", "tomorrow", "upcoming", "next"]
    /// Time words that point at the writer's present, not at a day the happening can be pinned to.
    static let deictic: Set<String> = ["today", "tonight", "now", "this morning", "this afternoon", "this evening"]
    /// Words after a happening's head read as what it is about (its object: "calling for the
    /// release of…"). Words before it were tried (reach 2) and let "issued a statement calling"
    /// match "issued a statement calling the pretext unfounded".
    static let argumentReach = 8
    /// Most words between a happening's head and a date that is its date: "That same year,
    /// after … strikes" (6), "floods … washed away the Dunmere lock gate last summer" (10); "born in
    /// Nashville, Page left her job … to begin a career in modeling in 1950" puts 1950 17 words
    /// from "born". Set by reading the working events' year discrepancies (docs/claims.md).
    static let dateReach = 10
    /// Most words between a negation and the happening it denies ("has not been killed").
    static let negationReach = 2
    static let hedges: [String] = [
        "may", "might", "could", "would", "reportedly", "allegedly", "possibly", "likely", "plans", "planning",
        "planned", "expected", "considering", "talks", "seeking", "proposed", "set", "aims", "intends",
    ]
    static let weekdays = Set(WeekdayNames.english)

    /// The claim of `sentence` in `article`.
    func claim(of sentence: AnalyzedSentence, in article: AnalyzedArticle) -> Claim {
        claim(of: sentence, in: article, parts: ArticleParts(article))
    }

    /// The claim of `sentence` in `article`, whose `parts` are found once for all its sentences.
    func claim(of sentence: AnalyzedSentence, in article: AnalyzedArticle, parts: ArticleParts) -> Claim {
        let scalars = Array(sentence.text.unicodeScalars)
        // A name joined by a hyphen to a lower-case word ("Russian-supplied air defences",
        // "US-made drones") modifies a thing; it is no participant of the statement.
        let entities = parts.entities.inside(from: sentence.start, to: sentence.end).map { article.entities[$0] }
            .filter { !Self.isHyphenModifier(endingAt: $0.end - sentence.start, in: scalars) }
        var who = Set(entities.filter { $0.type != .place }.map { $0.name.lowercased() })
        let places = Set(entities.filter { $0.type == .place }.map { $0.name.lowercased() })
        if who.isEmpty {
            // Nor is a nationality ("Russian officials"): it names nobody.
            who = Set(
                sentence.tokens.dropFirst().filter {
                    $0.isCapitalized && !$0.isStopWord && !$0.isNumber && !EntityLexicon.isNationality($0.text)
                        && !Self.isHyphenModifier(endingAt: $0.end - sentence.start, in: scalars)
                }
                .map { $0.text.lowercased() }
            ).subtracting(places).subtracting(Self.weekdays).subtracting(QuantityReader.months)
        }
        var happening = Set<String>()
        var negated = Set<String>()
        var arguments: [String: Set<String>] = [:]
        var headPositions: [String: [Int]] = [:]
        var lastNegation = -100
        var isFuture = false
        var isNegated = false
        var modality: String?
        var hedgePosition = 0
        let lowered = sentence.tokens.map { ArticleAnalyzer.folded($0.text.lowercased()) }
        for (position, token) in sentence.tokens.enumerated() {
            let word = lowered[position]
            if Self.negations.contains(word) || word.hasSuffix("n't") {
                // "no" before a number or "no longer" are not a denial of the happening.
                if word != "no" || (position + 1 < lowered.count && !sentence.tokens[position + 1].isNumber) {
                    isNegated = true
                    lastNegation = position
                }
            }
            // "going to", "about to": still to come ("is about to hire" is no report of the hiring).
            if Self.future.contains(word)
                || (word == "to" && position > 0 && ["going", "about"].contains(lowered[position - 1]))
            {
                isFuture = true
            }
            if modality == nil, !token.isCapitalized, Self.hedges.contains(word) {
                let next = position + 1 < lowered.count ? lowered[position + 1] : ""
                let isHedge =
                    [
                        "may", "might", "could", "reportedly", "allegedly", "possibly", "likely",
                    ]
                    .contains(word)
                    || (word == "talks" && position > 0 && lowered[position - 1] == "in")
                    || ([
                        "plans", "planning", "planned", "expected", "considering", "seeking", "set", "aims", "intends",
                    ]
                    .contains(word) && next == "to")
                if isHedge {
                    modality = word == "talks" ? "in talks" : word
                    hedgePosition = position
                }
            }
            guard !token.isCapitalized || position == 0, !token.isNumber, !Self.reporting.contains(word) else {
                continue
            }
            if position - lastNegation <= Self.negationReach, !token.isStopWord { negated.insert(token.stem) }
            let phrase = Self.phraseHappening(at: position, stem: token.stem, lowered: lowered)
            // An event noun naming a role ("a bomb technician") tells no happening (`namesARole`).
            if let head = phrase?.0 ?? Self.happenings[token.stem] ?? Self.happenings[word],
                phrase != nil || !Self.namesARole(at: position, in: sentence.tokens, lowered: lowered)
            {
                happening.insert(head)
                headPositions[head, default: []].append(position)
                // What it is about follows the whole phrase ("passed away Thursday").
                let after = position + 1 + (phrase?.1 ?? 0)
                let around = sentence.tokens[
                    min(after, sentence.tokens.count)..<min(sentence.tokens.count, after + Self.argumentReach)]
                arguments[head, default: []].formUnion(
                    around.filter { !$0.isStopWord && !$0.isNumber && $0.stem != token.stem && $0.stem.count > 2 }
                        .map(\.stem))
            }
        }
        // A hedge after every happening is about something else: "10 people had been killed and the
        // toll was not expected to rise" asserts the ten.
        if let last = headPositions.values.flatMap({ $0 }).max(), hedgePosition > last { modality = nil }
        var when = Set<String>()
        var epochs = Set<String>()
        var statedYears = Set<String>()
        var epochDates = Set<String>()
        var yearInferred = Set<String>()
        var years = Set<String>()
        var happeningDates: [String: Set<String>] = [:]
        // A date belongs to the happenings whose heads stand within `dateReach` words of it.
        // A head in a prepositional phrase ("appeared in court Monday on a charge of murder") is
        // what another happening is about: it takes a date only where no other head is in reach.
        let freeHeads = headPositions.mapValues { positions in
            positions.filter { !Self.isPrepositional(at: $0, in: lowered) }
        }
        func attach(_ label: String, at start: Int) {
            let index = sentence.tokens.firstIndex { $0.start >= start } ?? sentence.tokens.count
            // The nearest happening's (ties: each of them): "new rallies on Sunday after … the
            // shooting" dates the rallies, not the shooting.
            var heads = Self.nearestHeads(to: index, among: freeHeads)
            if heads.isEmpty { heads = Self.nearestHeads(to: index, among: headPositions) }
            for head in heads { happeningDates[head, default: []].insert(label) }
        }
        // Each place belongs to the nearest happening, as a date does: "a man in Canada is charged
        // … in a shooting" puts Canada with the charge.
        var happeningPlaces: [String: Set<String>] = [:]
        for place in entities where place.type == .place {
            let before = happeningDates
            attach("place:" + place.name.lowercased(), at: place.start)
            for (head, labels) in happeningDates {
                for label in labels.subtracting(before[head, default: []]) where label.hasPrefix("place:") {
                    happeningPlaces[head, default: []].insert(String(label.dropFirst(6)))
                }
            }
            happeningDates = before
        }
        for time in parts.times.inside(from: sentence.start, to: sentence.end).map({ article.times[$0] }) {
            guard let date = time.timelineDate else { continue }
            if [.day, .month, .season, .year].contains(time.precision) { years.insert(String(date.prefix(4))) }
            // A day in brackets gives another's in another zone ("at 6:41pm PST this evening (0241 GMT
            // Friday)"), as a value in brackets converts another (`QuantityReader.insideBrackets`).
            if time.precision == .day, !Self.deictic.contains(time.text.lowercased()),
                !Self.isReportingOrBoundary(before: time.start, in: sentence),
                !QuantityReader.insideBrackets(scalars, at: time.start - sentence.start)
            {
                when.insert(date)
                // "four days earlier" is worked out from an anchor the outlets may not share.
                if !Self.isOffset(time.text) { attach("day:" + date, at: time.start) }
                if !time.statesItsYear { yearInferred.insert(date) } else { statedYears.insert(String(date.prefix(4))) }
            }
            if [.month, .season, .year].contains(time.precision) {
                epochs.insert(String(date.prefix(4)))
                statedYears.insert(String(date.prefix(4)))
                epochDates.insert(date)
                if !Self.isReportingOrBoundary(before: time.start, in: sentence) {
                    attach("year:" + date.prefix(4), at: time.start)
                }
            }
        }
        if when.isEmpty {
            // "Wednesday's home loss" is Wednesday's.
            func weekday(_ token: Token) -> String? {
                var word = token.text.lowercased()
                if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
                return Self.weekdays.contains(word) ? word : nil
            }
            let days = sentence.tokens.filter {
                weekday($0) != nil && !Self.isReportingOrBoundary(before: $0.start, in: sentence)
                    && !QuantityReader.insideBrackets(scalars, at: $0.start - sentence.start)
            }
            when = Set(days.compactMap(weekday))
            for day in days { attach("day:" + weekday(day)!, at: day.start) }
        }
        var quantities = QuantityReader().quantities(in: sentence)
        let total = Self.tellsSeveralOccasions(lowered)
        let running = Self.tellsARunningCount(lowered)
        for index in quantities.indices {
            // Not the noun it counts ("100 protesters" counts people, whatever "protest" tells).
            let counted = quantities[index].tokenIndex + 1
            let counting = counted < lowered.count && quantities[index].counts == lowered[counted]
            let heads = headPositions.mapValues { positions in positions.filter { !counting || $0 != counted } }
            quantities[index].happenings = Set(Self.nearestHeads(to: quantities[index].tokenIndex, among: heads))
            quantities[index].isTotal = total
            quantities[index].isRunning = running
        }
        var claim = Claim(
            text: sentence.text, who: who, happening: happening, words: sentence.contentStems,
            quantities: quantities, when: when, places: places, isNegated: isNegated,
            modality: modality, source: Self.source(of: sentence, in: article, parts: parts),
            published: parts.published)
        claim.people = Set(entities.filter { $0.type == .person }.map { $0.name.lowercased() })
        claim.negated = negated
        claim.arguments = arguments
        claim.isFuture = isFuture
        claim.epochs = epochs
        claim.statedYears = statedYears
        claim.epochDates = epochDates
        claim.happeningDates = happeningDates
        claim.repeatedHappenings = Set(headPositions.filter { $0.value.count > 1 }.keys)
        claim.happeningPlaces = happeningPlaces
        claim.happeningThings = Self.thingDistances(
            of: entities, headPositions: headPositions, in: sentence, lowered: lowered)
        // The name words told near each happening (within `dateReach` words either side): who it
        // happened to or who did it, wherever the sentence puts them.
        for (head, positions) in headPositions {
            for position in positions {
                let near = sentence.tokens[
                    max(1, position - Self.dateReach)..<min(sentence.tokens.count, position + Self.dateReach + 1)]
                claim.happeningNames[head, default: []].formUnion(
                    near.filter { $0.isCapitalized && !$0.isStopWord && !$0.isNumber }.map { $0.text.lowercased() }
                        .filter { !Self.weekdays.contains($0) })
                // A nationality opening the sentence is the first word of its subject ("Russian air defenses were unable").
                let countries = Self.countries(
                    in: sentence.tokens[
                        max(0, position - Self.dateReach)..<min(sentence.tokens.count, position + Self.dateReach + 1)])
                if !countries.isEmpty { claim.happeningCountries[head, default: []].formUnion(countries) }
            }
        }
        claim.years = years
        (claim.mainHappening, claim.backgroundHappening) = Self.clauseHappenings(
            of: sentence, lowered: lowered, headPositions: headPositions)
        let namePositions = sentence.tokens.indices.filter { position in
            let token = sentence.tokens[position]
            return token.isCapitalized && (position > 0 || entities.contains { $0.start == token.start })
                && !Self.isCalendarWord(token.text)
        }
        claim.nameStems = Set(namePositions.map { sentence.tokens[$0].stem })
            .subtracting(sentence.tokens.filter { Self.isCalendarWord($0.text) }.map(\.stem))
        claim.titleStems = Self.titleStems(of: sentence, names: Set(namePositions))
        claim.doers = Self.doers(of: sentence, lowered: lowered, entities: entities, headPositions: headPositions)
        claim.countries = Self.countries(in: sentence.tokens)
            .union(Self.actingPlaces(of: sentence, lowered: lowered, entities: entities, headPositions: headPositions))
        claim.yearInferred = yearInferred
        claim.severalCounted = Self.severalCounted(in: sentence.tokens, lowered: lowered)
        (claim.toldSingly, claim.toldPlural) = Self.toldInNumber(in: sentence.tokens, lowered: lowered)
        claim.articlePlaces = parts.places
        return claim
    }

    /// Words before a day that make it the day of the report ("officials said Saturday") or a
    /// bound ("by Saturday evening", "since Friday"), not the day (or year) of the happening.
    static let reportingOrBoundary: Set<String> = [
        "said", "says", "told", "reported", "announced", "added", "by", "since", "until", "till", "after", "before",
        // "sentenced … for the March 11, 2005, incident", "serving a sentence for a 1998 conviction":
        // the day of what the happening is for.
        "for",
    ]

    /// Whether a time is told as an offset from another ("four days earlier", "two weeks ago").
    static func isOffset(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { ["earlier", "later", "ago", "before", "after", "previous", "prior"].contains($0) }
    }

    /// Whether one of `reportingOrBoundary` stands within two words before the time at `start`.
    static func isReportingOrBoundary(before start: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let index = sentence.tokens.firstIndex(where: { $0.start >= start }) else { return false }
        return sentence.tokens[max(0, index - 2)..<index].contains {
            reportingOrBoundary.contains($0.text.lowercased())
        }
    }

    /// Whether the text after `offset` is a hyphen and a lower-case letter: the name ending there
    /// modifies the word after it ("Russian-supplied", "US-made").
    static func isHyphenModifier(endingAt offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard offset >= 0, offset + 1 < scalars.count, scalars[offset] == "-" else { return false }
        return Character(scalars[offset + 1]).isLowercase
    }

    /// Whether a capitalised word is a day or a month ("Sunday", "March"): a date, not a name.
    static func isCalendarWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return weekdays.contains(lower) || QuantityReader.months.contains(lower)
    }

    /// The happenings whose heads stand nearest `index` (ties: each of them), within `dateReach`.
    static func nearestHeads(to index: Int, among positions: [String: [Int]]) -> [String] {
        let distances = positions.compactMapValues { $0.map { abs($0 - index) }.min() }
        guard let nearest = distances.values.min(), nearest <= dateReach else { return [] }
        return distances.filter { $0.value == nearest }.map(\.key)
    }

    /// Prepositions that make the noun after them what another happening is about.
    static let argumentPrepositions: Set<String> = ["on", "of", "for", "with", "in", "into", "over"]

    /// Whether the word at `position` follows a preposition, directly or after an article or
    /// possessive ("on a charge", "of the killing", "in his death").
    static func isPrepositional(at position: Int, in words: [String]) -> Bool {
        var before = position - 1
        if before >= 0, ["a", "an", "the", "his", "her", "their", "its"].contains(words[before]) { before -= 1 }
        return before >= 0 && argumentPrepositions.contains(words[before])
    }

    /// Whether the sentence adds its counts up over several occasions: "during the five
    /// operations", "in all three attacks", "over several days".
    static func tellsSeveralOccasions(_ words: [String]) -> Bool {
        for (position, word) in words.enumerated() where ["during", "over", "across", "in"].contains(word) {
            var next = position + 1
            while next < words.count, ["the", "its", "their", "all", "those", "these"].contains(words[next]) {
                next += 1
            }
            guard next + 1 < words.count else { continue }
            let count = words[next]
            let several =
                ["several", "multiple", "many", "various"].contains(count)
                || (QuantityReader.value(of: count).map { $0 > 1 } ?? false)
            let noun = words[next + 1]
            if several, noun.count > 3, noun.hasSuffix("s"), !noun.hasSuffix("ss"),
                !["years", "months", "weeks", "days", "hours", "minutes"].contains(noun)
            {
                return true
            }
        }
        return false
    }

    /// Word pairs that tell a count as still running: "so far", "thus far", "to date", "at last
    /// count", "has risen to", "rose to", "climbed to".
    static let runningCountPhrases: Set<[String]> = [
        ["so", "far"], ["thus", "far"], ["to", "date"], ["last", "count"], ["risen", "to"], ["rose", "to"],
        ["climbed", "to"], ["rising", "to"], ["climbing", "to"],
    ]

    /// Whether the sentence tells its counts as still running ("at least 12 people have died so
    /// far"): the same happening's other count in another report is an update, not a conflict.
    static func tellsARunningCount(_ words: [String]) -> Bool {
        words.indices.dropLast().contains { runningCountPhrases.contains([words[$0], words[$0 + 1]]) }
    }

    /// The names named before the first happening's head, after the last reporting word or
    /// "that": who does it ("ESPN is reporting that the Nationals have offered … a contract").
    static func doers(
        of sentence: AnalyzedSentence, lowered: [String], entities: [EntityMention], headPositions: [String: [Int]]
    ) -> Set<String> {
        guard let first = headPositions.values.flatMap({ $0 }).min() else { return [] }
        let opening = (0..<first).last {
            reporting.contains(lowered[$0]) || ["that", "reporting"].contains(lowered[$0])
        }
        let from = opening.map { sentence.tokens[$0].end } ?? sentence.start
        let to = sentence.tokens[first].start
        return Set(
            entities.filter { $0.type != .place && $0.start >= from && $0.end <= to }.map { $0.name.lowercased() })
    }

    /// Every sentence's claim, article by article.
    func claims(of article: AnalyzedArticle) -> [Claim] {
        let parts = ArticleParts(article)
        return article.sentences.map { claim(of: $0, in: article, parts: parts) }
    }
}
