/// Finds names of people, organizations and places from runs of capitalized words, typed
/// by titles, organization words and a gazetteer, and merges short forms ("Putin") into the
/// fullest form used in the same text ("Vladimir Putin").
struct EntityRecognizer {
    var configuration = EntityConfiguration()

    func mentions(in sentences: [AnalyzedSentence], title: String? = nil) -> [EntityMention] {
        // Words written with a capital inside sentences are names; a capital at the start
        // of a sentence says nothing.
        let afterColons = sentences.map(Self.startsAfterAColon)
        var capitalizedInside = Set<String>()
        // Words written with a capital inside sentences without a possessive ("Putin", not "People's").
        var plainWords = Set<String>()
        // Words the text writes in lower case: "FIRE crews" opening a sentence shouts "fire".
        let lowerCaseWords = LowerCaseWords(sentences)
        for (number, sentence) in sentences.enumerated() {
            for token in sentence.tokens.dropFirst()
            where token.isCapitalized && !afterColons[number].contains(token.start) {
                capitalizedInside.insert(EntityName.withoutPossessive(token.text))
                if !Self.endsWithPossessive(token.text) { plainWords.insert(token.text) }
            }
        }
        var found: [EntityMention] = []
        var placeByContext: [Bool] = []
        var headings: [AnalyzedSentence] = []
        for (number, sentence) in sentences.enumerated() {
            let heading =
                Self.isHeading(sentence, longest: configuration.headingWords)
                || number < configuration.titleLines
                    && Self.repeatsTheTitle(sentence, title: title, longest: configuration.headingWords)
            // A heading capitalizes its function words too: "Teen Killed By Police" is two runs. So
            // does a headline quoted inside a line ("Senator Takes A Closer Look At The Budget").
            let runs = capitalizedRuns(in: sentence, plainWords: plainWords).flatMap { run in
                heading || Self.isTitleCased(run, shortest: configuration.titleCasedRunWords)
                    ? Self.splitAtFunctionWords(run).map { (run: $0, heading: true) } : [(run: run, heading: false)]
            }
            for (run, titled) in runs {
                var run = run
                while let first = run.tokens.first, !run.isSpeakerLabel,
                    first.start == sentence.tokens.first?.start
                        || sentence.text.hasPrefix("“") && first.start == sentence.start + 1
                        || afterColons[number].contains(first.start),
                    !capitalizedInside.contains(EntityName.withoutPossessive(first.text)),
                    !EntityLexicon.places.contains(first.text.lowercased()), !Self.opensAPlace(run.tokens),
                    // "INS Tarangi fired": a ship's prefix opens its name.
                    run.tokens.count == 1 || !EntityLexicon.vesselPrefixes.contains(first.text),
                    run.tokens.count == 1 || !Self.looksLikeGivenName(first),
                    // "NPR's Charles Maynes is in Moscow": an acronym is no capital of position.
                    !Self.isAcronym(first, in: sentence)
                        || lowerCaseWords.contains(EntityName.withoutPossessive(first.text).lowercased())
                {
                    run.tokens.removeFirst()
                }
                guard !run.tokens.isEmpty else { continue }
                for mention in typedMentions(of: run, in: sentence)
                where !Self.isShoutedWord(mention.text, lowerCaseWords: lowerCaseWords) {
                    // A title-cased heading ("Deep Ties, Abrupt Disruption") names nobody.
                    // Nor is "East Flatbush Persists" a team: a heading's verbs are capitalized too.
                    if titled, !run.isSpeakerLabel,
                        mention.type == .person || mention.type == .other
                            || Self.isTeamName(mention.text.split(separator: " ").map(String.init))
                    {
                        if headings.last?.index != sentence.index { headings.append(sentence) }
                        continue
                    }
                    found.append(mention)
                    placeByContext.append(mention.type == .other && Self.followsPlaceCue(mention, in: sentence))
                }
            }
        }
        for mention in namesInHeadings(headings, known: found) {
            found.append(mention)
            placeByContext.append(false)
        }
        found = Self.withoutLeadingWords(found, in: sentences, lowerCaseWords: lowerCaseWords)
        let order = found.indices.sorted { found[$0].start < found[$1].start }
        var merged = Self.mergedWithinText(order.map { found[$0] })
        placeByContext = order.map { placeByContext[$0] }
        for index in merged.indices where placeByContext[index] && merged[index].type == .other {
            merged[index].type = .place
        }
        return Self.typedByContext(merged, in: sentences)
    }

    /// An acronym of two letters or more in a sentence that is not shouted, followed by a word:
    /// "NPR's", "NATO said"; not "I", "BREAKING" in a line of capitals, nor a dateline ("VANTRY,
    /// March 2", "KYIV (Reuters) -").
    static func isAcronym(_ token: Token, in sentence: AnalyzedSentence) -> Bool {
        let word = EntityName.withoutPossessive(token.text)
        guard word.count >= 2, word.allSatisfy(\.isUppercase), !token.isStopWord,
            sentence.tokens.contains(where: { $0.text.contains(where: \.isLowercase) })
        else { return false }
        let after = sentence.text.unicodeScalars.dropFirst(token.end - sentence.start).prefix(2)
        return word != token.text
            || after.first == " " && after.dropFirst().first.map { $0.properties.isAlphabetic } == true
    }

    /// A sentence-opening word that can start a name: capitalized, not a function word,
    /// greeting, weekday or nationality ("Jonas Weber said", not "Yesterday Putin").
    private static func looksLikeGivenName(_ token: Token) -> Bool {
        let lower = token.text.lowercased()
        return token.isCapitalized && !token.isStopWord && token.text != token.text.uppercased()
            && token.text.allSatisfy(\.isLetter) && !EntityLexicon.interjections.contains(lower)
            && !EntityLexicon.calendarWords.contains(lower) && !EntityLexicon.demonyms.contains(lower)
            && !EntityLexicon.titles.contains(lower) && !EntityLexicon.organizationWords.contains(lower)
            && !EntityLexicon.clauseOpeners.contains(lower)
    }

    /// The starts of the tokens after a colon ("HOST: Good morning"), after which a capital says
    /// nothing; found in one pass over the sentence.
    private static func startsAfterAColon(_ sentence: AnalyzedSentence) -> Set<Int> {
        var starts = Set<Int>()
        let scalars = sentence.text.unicodeScalars
        var index = scalars.startIndex
        var offset = sentence.start
        for (previous, token) in zip(sentence.tokens, sentence.tokens.dropFirst()) {
            index = scalars.index(index, offsetBy: previous.end - offset)
            offset = previous.end
            // Only a gap whose first scalar is a colon can begin with the character ":".
            guard index < scalars.endIndex, scalars[index] == ":" else { continue }
            let to = scalars.index(index, offsetBy: token.start - previous.end)
            if String(scalars[index..<to]).hasPrefix(":") { starts.insert(token.start) }
        }
        return starts
    }

    /// "in Pellingford", "from Harnow", "the town of Tessel": a place, by what comes before it.
    private static func followsPlaceCue(_ mention: EntityMention, in sentence: AnalyzedSentence) -> Bool {
        // ("in Nabisco's parent company" places the company, not Nabisco: the mention's text has
        // lost its possessive, the sentence has not.)
        let after = sentence.text.unicodeScalars.dropFirst(mention.end - sentence.start).first
        guard !mention.name.contains(" "), after != "'", after != "’", !ContextVote.namesPeople(mention.name),
            let index = sentence.tokens.firstIndex(where: { $0.start == mention.start }), index > 0
        else { return false }
        let before = sentence.tokens[index - 1].text.lowercased()
        if EntityLexicon.placePrepositions.contains(before) { return true }
        guard before == "of", index > 1 else { return false }
        return EntityLexicon.placeSuffixes.contains(sentence.tokens[index - 2].text.lowercased())
    }

    /// A stop word that is neither a noun ("Weeks") nor a word opening names ("New"), nor shouted.
    static func isFunctionWord(_ token: Token) -> Bool {
        let lower = token.text.lowercased()
        return token.isStopWord && !nameOpeningWords.contains(lower) && !nounStopWords.contains(lower)
            && token.text != token.text.uppercased() && !connectors.contains(lower)
    }

    /// Stop words that open names ("New Moon", "First Avenue", "Great Falls").
    static let nameOpeningWords: Set<String> = [
        "new", "first", "old", "great", "little", "big", "high", "grand",
    ]

    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "latin"]

    static let connectors: Set<String> = ["of", "al", "de", "da", "del", "bin", "van", "von", "la", "for"]

    struct Run {
        var tokens: [Token]
        var isSpeakerLabel: Bool
    }

    private func capitalizedRuns(in sentence: AnalyzedSentence, plainWords: Set<String>) -> [Run] {
        let scalars = Array(sentence.text.unicodeScalars)
        func gap(_ from: Int, _ to: Int) -> String {
            let lower = max(0, from - sentence.start)
            let upper = min(scalars.count, to - sentence.start)
            guard lower < upper else { return "" }
            // Most gaps between words are one space: no string made for them.
            if upper - lower == 1, scalars[lower] == " " { return " " }
            return String(scalars: scalars[lower..<upper])
        }
        var runs: [Run] = []
        var current: [Token] = []
        func close(nextGap: String) {
            defer { current = [] }
            // "Gary Ross Still in Negotiations": a heading's capitalized function word ends no name.
            while let last = current.last,
                !last.isCapitalized && (!last.isNumber || current.count == 1)
                    || current.count > 1 && Self.isFunctionWord(last)
            {
                current.removeLast()
            }
            guard !current.isEmpty else { return }
            let shouting = current.allSatisfy { $0.text == $0.text.uppercased() }
            // "MARA DELL, BYLINE:" labels Mara Dell's lines as "MARA DELL:" does.
            let roleFollows = gap(
                current.last!.end, min(sentence.end, current.last!.end + configuration.speakerRoleScalars))
            // "(NYSE: KSM)": an exchange before a ticker labels no speaker.
            let bracketed =
                current.first.map { ["(", "["].contains(gap($0.start - 1, $0.start)) } ?? false
            let label =
                shouting && !bracketed
                && (nextGap.hasPrefix(":")
                    || roleFollows.hasPrefix(", ")
                        && roleFollows.dropFirst(2).prefix { $0 != ":" }.split(separator: " ").allSatisfy {
                            EntityLexicon.speakerRoles.contains($0.lowercased()) && $0 == $0.uppercased()
                        }
                        && roleFollows.dropFirst(2).contains(":"))
            runs.append(Run(tokens: current, isSpeakerLabel: label))
        }
        for (position, token) in sentence.tokens.enumerated() {
            let separator = current.last.map { gap($0.end, token.start) } ?? ""
            let pluralPossessiveGap =
                (separator == "’ " || separator == "' ") && current.last?.text.hasSuffix("s") == true
                && EntityLexicon.organizationWords.contains(token.text.lowercased())
            let joins = separator == " " || separator == "-" || separator == ". " || pluralPossessiveGap
            if token.isCapitalized, !token.isNumber {
                // "Residents’ Association" is one name; "Calvany’s Dunmarrow Dam" two.
                // So is "Hollet’s End": a possessive before a lone place word that ends the name.
                let next = position + 1 < sentence.tokens.count ? sentence.tokens[position + 1] : nil
                let pluralPossessive =
                    current.last.map { $0.text.hasSuffix("’") || $0.text.hasSuffix("'") } ?? false
                    && EntityLexicon.organizationWords.contains(token.text.lowercased())
                    || current.last.map { Self.endsWithPossessive($0.text) } ?? false
                        && EntityLexicon.placeSuffixes.contains(token.text.lowercased())
                        && !(next?.isCapitalized ?? false)
                    || Self.possessiveOpensName(
                        current, at: position, in: sentence, plainWords: plainWords,
                        longest: configuration.wordsAfterPossessive, gap: gap)
                if !current.isEmpty,
                    !joins || Self.endsWithPossessive(current.last!.text) && !pluralPossessive
                {
                    close(nextGap: separator)
                }
                // "117th Street", "5th Avenue": an ordinal before a street's last word opens its name.
                if current.isEmpty, position > 0, Self.isOrdinal(sentence.tokens[position - 1].text),
                    gap(sentence.tokens[position - 1].end, token.start) == " ",
                    EntityLexicon.placeSuffixes.contains(token.text.lowercased())
                {
                    current.append(sentence.tokens[position - 1])
                }
                current.append(token)
            } else if Self.isOrdinal(token.text), !current.isEmpty, separator == " ",
                current.allSatisfy({ Self.compassWords.contains($0.text.lowercased()) }),
                position + 1 < sentence.tokens.count,
                EntityLexicon.placeSuffixes.contains(sentence.tokens[position + 1].text.lowercased())
            {
                // "East 5th Ave.": an ordinal between a compass word and a street's last word.
                current.append(token)
            } else if !current.isEmpty, separator == " ", token.text.first?.isNumber == true,
                token.text.contains(where: \.isLetter), token.text.hasSuffix("s"),
                current.allSatisfy({ !$0.isNumber && !EntityLexicon.calendarWords.contains($0.text.lowercased()) })
            {
                // "Philadelphia 76ers": a place and a team's plural that opens with digits.
                current.append(token)
                close(nextGap: "")
            } else if token.isNumber, !current.isEmpty, separator == " ",
                !EntityLexicon.calendarWords.contains(current.last!.text.lowercased()),
                token.text.allSatisfy(\.isNumber), token.text.count <= configuration.numberInNameDigits
            {
                // "Line 4", "Apollo 11": the number is part of the name.
                current.append(token)
                close(nextGap: "")
            } else if !current.isEmpty, joins, token.text == "on",
                EntityLexicon.subjectBodyWords.contains(current.last!.text.lowercased()),
                position + 1 < sentence.tokens.count, sentence.tokens[position + 1].isCapitalized,
                !EntityLexicon.calendarWords.contains(sentence.tokens[position + 1].text.lowercased())
            {
                // "Committee on Energy Independence", "Council on Foreign Relations": one body.
                current.append(token)
            } else if !current.isEmpty, joins, token.text == "and",
                Self.namesTheSubject(of: current, before: position, in: sentence, gap: gap)
            {
                // "… Committee on Energy Independence and Global Warming": the subject goes on.
                current.append(token)
            } else if !current.isEmpty, joins, Self.connectors.contains(token.text),
                position + 1 < sentence.tokens.count, sentence.tokens[position + 1].isCapitalized
            {
                current.append(token)
            } else if !current.isEmpty, joins, token.text == "and" || token.text == "&",
                Self.continuesAnOrganization(after: position, in: sentence, gap: gap)
            {
                // "Sallow Fire and Rescue Service": one body, not two names.
                current.append(token)
            } else if !current.isEmpty {
                close(nextGap: separator)
            }
        }
        if let last = current.last {
            close(nextGap: gap(last.end, sentence.end))
        }
        return runs
    }

    /// Whether the capitalized words after an "and" at `position` end in an organization word,
    /// and the words before it name no organization of their own.

    private func typedMentions(of run: Run, in sentence: AnalyzedSentence) -> [EntityMention] {
        var tokens = run.tokens
        // A sentence opens with a capital whatever the word; drop function words there.
        while let first = tokens.first, first.start == sentence.tokens.first?.start,
            first.isStopWord || EntityLexicon.isNationality(first.text)
                || EntityLexicon.interjections.contains(first.text.lowercased()),
            tokens.count > 1 || first.isStopWord, first.isStopWord || !Self.opensAPlace(tokens)
        {
            tokens.removeFirst()
        }
        // "to direct New Moon": inside a sentence an adjective opening a name is part of it.
        while let first = tokens.first, first.isStopWord, first.text != first.text.uppercased(),
            first.start == sentence.tokens.first?.start || !Self.nameOpeningWords.contains(first.text.lowercased()),
            !EntityLexicon.places.contains(tokens.prefix(3).map { $0.text.lowercased() }.joined(separator: " ")),
            !EntityLexicon.places.contains(tokens.prefix(2).map { $0.text.lowercased() }.joined(separator: " "))
        {
            tokens.removeFirst()
        }
        // "American Hasim Rahman": a nationality before a person's name is no part of it.
        if tokens.count >= 3, EntityLexicon.demonyms.contains(tokens[0].text.lowercased()),
            tokens.dropFirst().allSatisfy({
                $0.isCapitalized && !$0.isStopWord && !EntityLexicon.organizationWords.contains($0.text.lowercased())
                    && !EntityLexicon.placeSuffixes.contains($0.text.lowercased())
                    && !EntityLexicon.places.contains($0.text.lowercased())
            })
        {
            tokens.removeFirst()
        }
        // "Hasim Rahman Saturday night", "in Queens Friday", "Boston March 3": a time glued to a
        // name at either end is no part of it ("Super Tuesday" is a day's own name).
        if !EntityLexicon.isOtherName(tokens.map(\.text).joined(separator: " ")) {
            while tokens.count > 1, let last = tokens.last, Self.isTimeAtTheEdge(last, in: sentence) {
                tokens.removeLast()
            }
            while tokens.count > 1, let first = tokens.first, EntityLexicon.weekdays.contains(first.text.lowercased()) {
                tokens.removeFirst()
            }
        }
        // "The 36-year-old": a number left alone names nobody.
        guard tokens.contains(where: { $0.text.contains(where: \.isLetter) }) else { return [] }
        if tokens.count == 1, EntityLexicon.interjections.contains(tokens[0].text.lowercased()) { return [] }
        if run.isSpeakerLabel {
            let words = tokens.filter { !EntityLexicon.speakerRoles.contains($0.text.lowercased()) }
            guard !words.isEmpty else { return [] }
            let name = words.map { EntityName.titleCased($0.text) }.joined(separator: " ")
            return [mention(words, name: name, type: .person, sentence: sentence)]
        }
        if Self.namesNobody(tokens, in: sentence) { return [] }
        // "Lisa Stark ABC": a reporter's name and her network's, signing off a report.
        if Self.endsWithANetwork(tokens) {
            return typedMentions(of: Run(tokens: Array(tokens.dropLast()), isSpeakerLabel: false), in: sentence)
                + [mention([tokens.last!], type: .organization, sentence: sentence)]
        }
        if let type = Self.typeByShape(tokens) { return [mention(tokens, type: type, sentence: sentence)] }
        if let split = titleSplit(tokens) {
            var result: [EntityMention] = []
            if !split.prefix.isEmpty {
                // "U.S. President Donald Trump" names a place too; "Infrastructure Minister" does not.
                result.append(
                    contentsOf: typedMentions(of: Run(tokens: split.prefix, isSpeakerLabel: false), in: sentence)
                        .filter { $0.type == .place || $0.type == .organization })
            }
            result.append(mention(split.name, type: .person, sentence: sentence))
            return result
        }
        // "Petro Oleshchuk of Kyiv National University": a person, then an organization.
        if let of = tokens.firstIndex(where: { $0.text == "of" }), of > 0, of + 1 < tokens.count {
            let before = tokens[..<of].map { $0.text.lowercased() }
            let after = tokens[(of + 1)...].map { EntityName.withoutPossessive($0.text).lowercased() }
            let nameStart = tokens[..<of].firstIndex { !EntityLexicon.titles.contains($0.text.lowercased()) } ?? of
            let ordinaryBefore = !before[nameStart...].contains(where: {
                EntityLexicon.organizationWords.contains($0) || EntityLexicon.titles.contains($0)
                    || EntityLexicon.placeSuffixes.contains($0)
            })
            let knownAfter = after.contains(where: {
                EntityLexicon.organizationWords.contains($0) || EntityLexicon.places.contains($0)
            })
            // "Sherrod Brown of Ohio": a full name, then where the person is from.
            let personBefore =
                configuration.nameBeforeOfWords.contains(of - nameStart)
                && after.count <= configuration.placeAfterOfWords
                && tokens[nameStart..<of].indices.allSatisfy {
                    tokens[$0].isCapitalized && (!tokens[$0].isStopWord || Self.isInitial(tokens, at: $0))
                }
            if ordinaryBefore, knownAfter || personBefore {
                let from = typedMentions(
                    of: Run(tokens: Array(tokens[(of + 1)...]), isSpeakerLabel: false), in: sentence
                )
                .map { mention in
                    var typed = mention
                    if !knownAfter, typed.type != .organization { typed.type = .place }
                    return typed
                }
                return typedMentions(of: Run(tokens: Array(tokens[..<of]), isSpeakerLabel: false), in: sentence) + from
            }
        }
        let lowerWords = tokens.map { EntityName.withoutPossessive($0.text).lowercased() }
        let phrase = lowerWords.joined(separator: " ")
        // "Saturday", "GMT", "10:00 GMT Friday": times, not names.
        if lowerWords.allSatisfy({ EntityLexicon.calendarWords.contains($0) || EntityLexicon.timeZones.contains($0) }) {
            return []
        }
        // "Russian", "South American": an adjective of nationality names nobody.
        if let last = lowerWords.last, EntityLexicon.demonyms.contains(last),
            lowerWords.dropLast().allSatisfy({ EntityLexicon.demonyms.contains($0) || Self.compassWords.contains($0) })
        {
            return []
        }
        // "World War II": a war, a holiday or a month with a number or a name after it.
        if EntityLexicon.isOtherName(phrase)
            || lowerWords.contains(where: { EntityLexicon.otherNames.contains($0) }) && tokens.count <= 2
        {
            return [mention(tokens, type: .other, sentence: sentence)]
        }
        if EntityLexicon.places.contains(phrase) {
            return [mention(tokens, type: .place, sentence: sentence)]
        }
        // The last word types the name: "Sallow Valley Water Authority", "Central Federal District".
        if tokens.count >= 2, let last = lowerWords.last, !EntityLexicon.organizationWords.contains(last),
            EntityLexicon.placeSuffixes.contains(last)
                || EntityLexicon.placeSuffixes.contains(lowerWords[0])
                    && ["of", "de", "du", "des", "del", "di"].contains(lowerWords.dropFirst().first ?? "")
        {
            return [mention(tokens, type: .place, sentence: sentence)]
        }
        if lowerWords.contains(where: EntityLexicon.organizationWords.contains)
            || Self.endsLikeABody(tokens, lowerWords: lowerWords)
        {
            return [mention(tokens, type: .organization, sentence: sentence)]
        }
        // "AME Info", "CNN Money": an acronym of three letters or more opening a mixed-case name is
        // a body's (people's initials are two letters: "JR Smith").
        if tokens.count >= 2, tokens[0].text.count >= 3, tokens[0].text.allSatisfy(\.isUppercase),
            !EntityLexicon.titles.contains(lowerWords[0]),
            tokens.dropFirst().contains(where: { $0.text != $0.text.uppercased() })
        {
            return [mention(tokens, type: .organization, sentence: sentence)]
        }
        if tokens.count == 1 {
            let word = EntityName.withoutPossessive(tokens[0].text)
            // "THIS", "HE" in a shouted line are words, not acronyms.
            if tokens[0].isStopWord || StopWords.contains(word.lowercased(), language: "en") { return [] }
            let isAcronym = word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "." }
            // "LinkedIn", "WikiLeaks", "Infowars.com": a company's or a site's shape (see +Shapes).
            if isAcronym || Self.isBodyShaped(tokens[0], word: word, in: sentence) {
                return [mention(tokens, type: .organization, sentence: sentence)]
            }
            return [mention(tokens, type: .other, sentence: sentence)]
        }
        // "Islamic State", "Muslim Americans", "American Sniper": a nationality or a faith opening a
        // name of capitals names a body, a group or a work, not a person (one before a person's
        // full name was cut off above); the words around it choose ("the Islamic State": a body).
        if tokens.count >= 2, EntityLexicon.demonyms.contains(lowerWords[0]) {
            return [mention(tokens, type: .other, sentence: sentence)]
        }
        if tokens.count <= 4, lowerWords.allSatisfy({ !EntityLexicon.places.contains($0) }),
            tokens.enumerated().allSatisfy({ position, token in
                token.text.first!.isUppercase
                    && (!token.isStopWord || position > 0 && Self.nounStopWords.contains(token.text.lowercased())
                        || Self.isInitial(tokens, at: position))
                    || ["al", "bin", "van", "von", "de"].contains(token.text)
            })
        {
            // "Software Engineer", "Los Angeles Mayor": a job closing the words is a role; the place
            // or body before it is named ("U.S. President" names a place too).
            if Self.namesARole(tokens) {
                return typedMentions(of: Run(tokens: Self.roleOwner(tokens), isSpeakerLabel: false), in: sentence)
                    .filter { $0.type == .place || $0.type == .organization }
            }
            return [mention(tokens, type: .person, sentence: sentence)]
        }
        return [mention(tokens, type: .other, sentence: sentence)]
    }

    func mention(_ tokens: [Token], name: String? = nil, type: EntityType, sentence: AnalyzedSentence)
        -> EntityMention
    {
        let start = tokens.first!.start
        let end = tokens.last!.end
        let scalars = sentence.text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start - sentence.start)
        var text = String(scalars[from..<scalars.index(from, offsetBy: end - start)])
        var endOffset = end
        if Self.endsWithPossessive(text) {
            text = EntityName.withoutPossessive(text)
            endOffset = start + text.unicodeScalars.count
        }
        var canonical = name ?? EntityName.normalized(text)
        if type == .place, let alias = EntityLexicon.placeAliases[canonical.lowercased()] { canonical = alias }
        return EntityMention(
            text: text, start: start, end: endOffset, type: type, name: canonical, sentence: sentence.index)
    }

    static func endsWithPossessive(_ word: String) -> Bool {
        // Settled by the last byte for most words: "s" ends "’s" and "'s", 0x99 ends "’" (U+2019).
        guard let last = word.utf8.last, last == UInt8(ascii: "s") || last == 0x99 else { return false }
        return word.hasSuffix("’s") || word.hasSuffix("'s") || word.hasSuffix("’") && word.count > 2
    }
}
