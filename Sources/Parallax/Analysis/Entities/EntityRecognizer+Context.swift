/// The text's vote on names that only their capitals made a person or nothing: the words around
/// each mention say whether it is a place ("in Las Vegas", "suburban Detroit", "Troy, Mich.",
/// "the city of Bandar Abbas", "the Brooklyn neighborhood"), a body ("the Hollywood Reporter",
/// "the Red Sox have") or a person ("Mayor X", "X said", "Putin" for "Vladimir Putin").
extension EntityRecognizer {
    /// Prepositions that take places and hardly ever people ("in", not "from" or "with").
    private static let placeOnlyPrepositions: Set<String> = [
        "in", "near", "outside", "throughout", "across", "into",
    ]

    /// Lower-case words before a name that make it a place: "suburban Detroit", "east Vancouver".
    private static let placeModifiers: Set<String> = [
        "suburban", "downtown", "uptown", "rural", "east", "west", "north", "south", "northeast", "northwest",
        "southeast", "southwest", "central", "northern", "southern", "eastern", "western",
    ]

    /// Lower-case nouns after a name that make it a town's or a region's: "Dallas police", "Chicago
    /// residents", "a Chicago native", "the Baytown area". Eleventh round: after single capitalized
    /// words in the PolNeAR train half the tenth round did not read, the open PolNeAR dev articles
    /// and the ECB+ documents, "police" followed 27 town names and no person or body ("State
    /// police" and "Riot police" open sentences); "mayor" is left out ("Republican mayor").
    private static let townNouns: Set<String> = ["police", "residents", "native", "natives", "suburbs", "area"]

    /// Words before "of" that make the name after it a place: "the city of X", "southwest of X".
    private static let placesOf: Set<String> = [
        "city", "town", "village", "province", "region", "district", "county", "state", "island", "capital",
        "outskirts", "suburbs", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west",
    ]

    /// Nouns before a work's title: "the film Twilight", "the novel Catching Fire".
    private static let workNouns: Set<String> = [
        "film", "movie", "novel", "book", "sequel", "prequel", "series", "show", "album", "song", "musical",
        "documentary", "franchise", "comedy", "drama", "thriller", "biopic", "remake", "trilogy", "saga",
    ]

    /// Nouns after a work's title: "the Twilight saga", "the Hunger Games sequel" (not "director",
    /// "film" or "series": bodies have directors and make films, "the Red Sox series" is a team's).
    private static let worksFollowedBy: Set<String> = [
        "sequel", "sequels", "prequel", "franchise", "saga", "trilogy", "adaptation", "soundtrack",
    ]

    /// Title words that join titles ("Secretary of State") but are no title by themselves.
    private static let titleConnectors: Set<String> = ["of", "state", "affairs", "foreign"]

    private static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "announced"]

    /// Lower-case nouns for a body's people, after its name: "Lionsgate officials", "the Islamic
    /// State group" (group, militants, fighters since the ninth round).
    private static let bodyMembers: Set<String> = [
        "officials", "executives", "spokesman", "spokeswoman", "spokesperson", "employees", "shareholders",
        "staffers", "president", "group", "militants", "fighters",
    ]

    /// Lower-case nouns for what a body runs or puts out, after its name (not its possessive): "a
    /// Zelbo account", "the Gallup poll", "a Politico reporter". Ninth round: read after the names
    /// of the odd half of the PolNeAR train articles, the dates and extraction pages and the ECB+
    /// documents, these followed bodies (Twitter, Instagram, Facebook, Gallup, Monmouth, Ipsos,
    /// Breitbart) and no person; "shares", "accounts" and "polls" followed people and places too
    /// ("Ted Cruz shares", "Iowa polls") and are left out.
    private static let bodyOutputs: Set<String> = [
        "account", "feed", "page", "post", "app", "user", "users", "subscribers", "poll", "survey", "website",
        "reporter", "reporters", "editor", "columnist", "correspondent",
    ]

    private static let pluralVerbs: Set<String> = ["have", "are", "were"]

    /// Kin before a name make it a person, as a title does: "my wife Portia", "his brother, Vitali".
    private static let kinNouns: Set<String> = [
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "girlfriend", "boyfriend",
        "fiancee", "fiancée", "fiance", "fiancé", "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece",
        "grandson", "granddaughter", "grandmother", "grandfather", "stepfather", "stepmother", "stepson",
        "stepdaughter",
    ]

    /// Determiners before a model year or a colour that make the name after them a product: "his
    /// 2013 Toyota Camry", "a grey Toyota Camry" (not "the 2008 Olympics": "the" takes only colours).
    private static let productDeterminers: Set<String> = [
        "a", "an", "his", "her", "their", "its", "my", "our", "your", "the",
    ]

    private static let colours: Set<String> = [
        "black", "white", "grey", "gray", "silver", "red", "blue", "green", "maroon", "beige", "tan", "gold",
        "brown", "dark", "light", "yellow", "purple", "burgundy",
    ]

    /// Nouns after an award's name: "a Primetime Emmy nomination", "an Oscar nominee".
    private static let awardNouns: Set<String> = ["nomination", "nominations", "nominee", "nominees", "statuette"]

    /// What the words around a name's mentions say of it: a count for each cue, added up over
    /// mentions and articles.
    struct ContextVote: Sendable {
        /// What the words around one mention say.
        enum Cue: Int, CaseIterable {
            case place, body, person
            /// After a title ("Mayor X"): a person whatever else is said.
            case titled
            /// Filling a pair of quotation marks ("‘Catching Fire’"): a work's title.
            case work
            /// After kin ("his brother Vitali"), counted as `titled` too.
            case kin
            /// An apposition, a "who" or kin after a possessive make a person ("Rahman, the
            /// champion,", "Gray, 16,", "Gray's mother"), counted as `person` too.
            case described
            /// Spoken of as a thing, not a person: "Aria Health, which", "trashed a Rite Aid".
            case thing
        }

        /// The counts, one lane a cue (eight cues, eight lanes): adding two votes adds lanes.
        private var counts = SIMD8<Int>()

        subscript(cue: Cue) -> Int {
            get { counts[cue.rawValue] }
            set { counts[cue.rawValue] = newValue }
        }

        static func + (lhs: ContextVote, rhs: ContextVote) -> ContextVote {
            var sum = lhs
            sum.counts &+= rhs.counts
            return sum
        }

        /// The type the vote gives a name its words typed `type` (a person or nothing), if any: the
        /// larger of the place and body votes where it outnumbers the person votes. A single word
        /// typed a person stays one against place votes ("in Obama's speech" names no place).
        /// "Democrats", "Rivals": a single word in the plural of a person noun.
        static func namesPeople(_ name: String) -> Bool {
            let lower = name.lowercased()
            return !lower.contains(" ") && lower.hasSuffix("s")
                && EntityLexicon.personNouns.contains(String(lower.dropLast()))
        }

        func decided(for type: EntityType, name: String) -> EntityType? {
            let (place, body, person, work) = (self[.place], self[.body], self[.person], self[.work])
            // A place by its cues is a work where the work's cues are as many ("in Twilight" and
            // "the film Twilight").
            if type == .place {
                let isWork = work > 0 && work >= person && work > body && work >= place
                return isWork && !EntityLexicon.places.contains(name.lowercased()) ? .other : nil
            }
            // "my wife Portia", "referee Tony Weeks": a name after kin or a role is a person.
            if type == .other, self[.titled] > 0, self[.kin] > 0 || name.contains(" "),
                name.allSatisfy({ !$0.isNumber })
            {
                return .person
            }
            // "Rahman, the former champion,": an apposition types even a single word, unless more
            // votes say otherwise.
            if type == .other, self[.described] > 0, person > place, person > body, person >= work,
                name.allSatisfy({ !$0.isNumber }), !EntityLexicon.isOtherName(name)
            {
                return .person
            }
            guard type == .person || type == .other, self[.titled] == 0,
                !EntityLexicon.isOtherName(name), !EntityLexicon.isTypedByShape(name)
            else { return nil }
            // ("starred in Twilight": "in" places works too, so place votes do not outweigh them.)
            if work > 0, work >= person, work > body { return .other }
            // ("Democrats", the plural of a person noun, is a group of people wherever it stands.)
            if place > body, place > person, name.contains(" ") || type == .other, !Self.namesPeople(name) {
                return .place
            }
            if body > place, body > person { return .organization }
            // A name shaped like a person's that the text calls a thing is mostly a body's ("a Rite
            // Aid", "Aria Health, which").
            if type == .person, self[.thing] > person, body >= place { return .organization }
            return nil
        }
    }

    static func typedByContext(_ mentions: [EntityMention], in sentences: [AnalyzedSentence]) -> [EntityMention] {
        var votes: [String: ContextVote] = [:]
        for mention in mentions {
            guard let vote = contextVote(of: mention, in: sentences) else { continue }
            votes[mention.name] = (votes[mention.name] ?? ContextVote()) + vote
        }
        var retyped = Set<String>()
        let voted = mentions.map { mention in
            guard let vote = votes[mention.name], let type = vote.decided(for: mention.type, name: mention.name)
            else { return mention }
            var typed = mention
            typed.type = type
            retyped.insert(mention.name)
            return typed
        }
        let typed = Self.typingTeams(voted)
        // "Queens hit and run leaves woman dead" (a heading) and "a woman in Queens": a name a
        // heading types nothing, and neither its shape nor the votes type, takes the one type the
        // text gives it elsewhere; inside sentences, a person's ("Obama said", "President Obama").
        // (Places and bodies are not taken inside sentences: the claims read those names as the
        // text types them, and the golden brief's discrepancy rests on that.)
        let headingWords = EntityConfiguration().headingWords
        var elsewhere: [String: [EntityType: Int]] = [:]
        for mention in typed where mention.type != .other {
            elsewhere[mention.name, default: [:]][mention.type, default: 0] += 1
        }
        return typed.map { mention in
            guard mention.type == .other, mention.sentence < sentences.count, !retyped.contains(mention.name),
                !EntityLexicon.isOtherName(mention.name),
                !EntityLexicon.isTypedByShape(mention.name), let types = elsewhere[mention.name],
                let most = types.values.max(), types.values.filter({ $0 == most }).count == 1,
                let type = types.first(where: { $0.value == most })?.key
            else { return mention }
            // Inside sentences only a person's type is taken ("Obama said" and "President Obama").
            guard type == .person || isHeadline(sentences[mention.sentence], longest: headingWords) else {
                return mention
            }
            var adopted = mention
            adopted.type = type
            return adopted
        }
    }

    /// "Portland Trailblazers" where the text types "Portland" a place: a team, whatever the votes
    /// said (a coach's title or "beat" make no person of it). Not where the plural word is a
    /// name the text types a person ("Georgia Rogers" and "Rogers said").
    static func typingTeams(_ mentions: [EntityMention]) -> [EntityMention] {
        let places = Set(mentions.filter { $0.type == .place }.map(\.name))
        let people = Set(
            mentions.filter { $0.type == .person }.flatMap { $0.name.split(separator: " ").map(String.init) })
        return mentions.map { mention in
            let words = mention.name.split(separator: " ").map(String.init)
            guard mention.type != .organization, !people.contains(words.last ?? ""),
                isTeamName(words, places: places)
            else { return mention }
            var team = mention
            team.type = .organization
            return team
        }
    }

    /// The vote of one mention typed a person or nothing (of any mention where `anyType`, as a
    /// story counts the votes of all its articles); nil for other mentions.
    static func contextVote(of mention: EntityMention, in sentences: [AnalyzedSentence], anyType: Bool = false)
        -> ContextVote?
    {
        guard anyType || mention.type == .person || mention.type == .other, mention.sentence < sentences.count else {
            return nil
        }
        let sentence = sentences[mention.sentence]
        guard let position = sentence.tokens.firstIndex(where: { $0.start == mention.start }) else { return nil }
        var vote = ContextVote()
        count(mention, at: position, in: sentence, into: &vote)
        return vote
    }

    private static func count(
        _ mention: EntityMention, at position: Int, in sentence: AnalyzedSentence, into vote: inout ContextVote
    ) {
        let tokens = sentence.tokens
        let previous = position > 0 ? tokens[position - 1] : nil
        let before = previous.map { $0.text.lowercased() } ?? ""
        let twoBefore = position > 1 ? tokens[position - 2].text.lowercased() : ""
        let nextIndex = tokens.firstIndex { $0.start >= mention.end }
        let next = nextIndex.map { tokens[$0] }
        let after = next?.text.lowercased() ?? ""
        let last = EntityName.lastWord(mention.text)
        let plural = last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss")
        // "the Trump administration", "the Eastmoor hospital": a name before a noun modifies it;
        // "the Red Sox or the Yankees" is no modifier ("or" is no noun).
        let modifier =
            next.map { !$0.isCapitalized && !$0.isNumber && !$0.isStopWord && $0.text.first?.isLetter == true }
            ?? false
        let lowerBefore = previous.map { !$0.isCapitalized } ?? false
        // "in Obama's speech" places the speech, not Obama.
        let possessive =
            sentence.text.unicodeScalars.dropFirst(mention.end - sentence.start).first.map {
                $0 == "'" || $0 == "’"
            } ?? false
        let placed = placeFollows(mention, next: nextIndex, in: sentence)
        if !possessive,
            placeOnlyPrepositions.contains(before) || lowerBefore && placeModifiers.contains(before)
                || before == "of" && placesOf.contains(twoBefore)
                || next.map({ !$0.isCapitalized }) ?? false
                    && (EntityLexicon.placeNouns.contains(after) || townNouns.contains(after)
                        || landNouns.contains(after))
                || placed
        {
            vote[.place] += 1
        }
        // "‘The Hunger Games’": the article inside the marks is the title's, not a body's; so is
        // the one of "the film Twilight", "a movie, The Notorious Bettie Page", "the Twilight saga".
        // (Right before it, not across a comma: "in the film, Jackman plays"; the title's own
        // capitalized article may follow one.)
        let workNounBefore =
            previous.map { !$0.isCapitalized && $0.end + 1 == mention.start } ?? false && workNouns.contains(before)
            || previous.map { $0.isCapitalized && ["the", "a"].contains(before) } ?? false
                && workNouns.contains(twoBefore)
        let workNounAfter =
            next.map { !$0.isCapitalized } ?? false
            && (worksFollowedBy.contains(after) || awardNouns.contains(after))
        if isQuotedTitle(mention, at: position, in: sentence) || workNounBefore || workNounAfter
            || isProduct(at: position, in: sentence)
        {
            vote[.work] += 1
        } else if before == "the", previous?.text != "The" || position == 1, plural || !modifier, !placed {
            // (A capital "The" inside a sentence is a title's own: "since The Golden Compass". "The El
            // Paso, Texas, maker": the article is the noun's after the place, not the name's.)
            vote[.body] += 1
        }
        // "the Red Sox have made an offer": a plural verb agrees with a body, not with one person
        // (nor with "Mark and Condon have"). A single word is left alone: "his brother Vitali are"
        // agrees with both brothers.
        // ("Lionsgate are getting ready": a single word typed nothing is agreed with as a body too,
        // where it is the subject: not "the fights out there for Wlad are".)
        let subject = previous.map { !$0.isStopWord || before == "the" } ?? true
        if mention.type == .person || mention.type == .other && !mention.name.contains(" ") && subject,
            pluralVerbs.contains(after), !["and", "&", "or"].contains(before)
        {
            vote[.body] += 1
        }
        // "Lionsgate officials", "Ohio State president Karen Holbrook": people of a body after it.
        if next.map({ !$0.isCapitalized }) ?? false,
            bodyMembers.contains(after)
                || namesABody(mention, next: next, at: position, in: sentence)
        {
            vote[.body] += 1
        }
        // "a Zelbo account", "the Gallup poll": what a body runs or puts out; "an engineer at
        // Google", "Centerview's founder": an employer (see +Roles).
        if !possessive && next.map({ !$0.isCapitalized }) ?? false && bodyOutputs.contains(after)
            || namesAnEmployer(mention, at: position, in: sentence)
        {
            vote[.body] += 1
        }
        // An apposition or a relative pronoun after it: "Rite Aid, the drugstore chain,", "Gray,
        // 16,", "Astoria, where"; kin after its possessive: "Gray's mother".
        let weight = EntityConfiguration.appositionWeight
        switch possessive ? nil : apposition(after: mention, next: nextIndex, in: sentence) {
        // ("the Atlanta Hawks, who had the money": a person's name takes no article, a team's does.)
        case .person where before != "the":
            vote[.person] += weight
            vote[.described] += 1
        case .body: vote[.body] += weight
        case .place: vote[.place] += weight
        case .notPerson: vote[.thing] += weight
        default: break
        }
        // "trashed a Rite Aid": an indefinite article takes no person's name (but "a Trump
        // supporter" and "an Obama aide" are modifiers).
        if ["a", "an"].contains(before), previous.map({ $0.end + 1 == mention.start }) ?? false, !modifier,
            !possessive
        {
            vote[.thing] += 1
        }
        if possessive, next.map({ !$0.isCapitalized }) ?? false, kinNouns.contains(after) {
            vote[.person] += 1
            vote[.described] += 1
        }
        // A title before it ("Mayor X", not the "of" of "Governor of Qeshm").
        if EntityLexicon.titles.contains(String(before.filter { $0 != "." })), !titleConnectors.contains(before) {
            vote[.titled] += 1
        }
        // Kin before it: "my wife Portia", "his older brother, Vitali".
        let kinGap = previous.map { mention.start - $0.end <= 2 && !$0.isCapitalized } ?? false
        if kinGap, kinNouns.contains(before), gapBefore(mention, previous, in: sentence) {
            vote[.titled] += 1
            vote[.kin] += 1
        }
        // A speech verb after it (not "the X said": bodies speak too), or a short form of a
        // person's full name ("Putin", not "the Sox" of "the Red Sox").
        if before != "the",
            speechVerbs.contains(after)
                || EntityName.wordCount(mention.name) > EntityName.wordCount(mention.text)
        {
            vote[.person] += 1
        }
    }

    /// A heading in title case, or a line that ends without a full stop ("Queens hit and run leaves
    /// woman dead").
    static func isHeadline(_ sentence: AnalyzedSentence, longest: Int) -> Bool {
        guard let last = sentence.text.last(where: { !$0.isWhitespace }) else { return false }
        return isHeading(sentence, longest: longest) || !".!?:;\"”’')…".contains(last)
    }

    /// Whether a space or a comma and a space stand between `previous` and the mention.
    private static func gapBefore(_ mention: EntityMention, _ previous: Token?, in sentence: AnalyzedSentence)
        -> Bool
    {
        guard let previous else { return false }
        let gap = sentence.text.unicodeScalars.dropFirst(previous.end - sentence.start).prefix(
            mention.start - previous.end)
        return String(String.UnicodeScalarView(gap)) == " " || String(String.UnicodeScalarView(gap)) == ", "
    }

    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "\"": "\"", "'": "'"]

    /// Whether a model year or a colour stands between a determiner and the name: "his 2013 Toyota
    /// Camry", "a gray 2013 Toyota Camry", "the silver Ford Fusion".
    private static func isProduct(at position: Int, in sentence: AnalyzedSentence) -> Bool {
        var index = position - 1
        var year = false
        var colour = false
        while index >= 0, position - index <= 2 {
            let word = sentence.tokens[index].text.lowercased()
            if word.count == 4, word.allSatisfy(\.isNumber), word.hasPrefix("19") || word.hasPrefix("20") {
                year = true
            } else if colours.contains(word) {
                colour = true
            } else {
                break
            }
            index -= 1
        }
        guard index >= 0, year || colour else { return false }
        let determiner = sentence.tokens[index].text.lowercased()
        return productDeterminers.contains(determiner) && (colour || determiner != "the")
    }

    /// Words of a title around a name inside quotation marks ("Take Me Out to the Ball Game").
    private static let titleWords = 8

    /// Whether the mention, with an article before it ("‘The Hunger Games’"), fills a pair of
    /// quotation marks: a film's, a book's or a show's title, not a person, body or place.
    static func isQuotedTitle<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ mention: EntityMention, at position: Int, in sentence: AnalyzedSentence, scalars: Scalars
    ) -> Bool where Scalars.Index == Int {
        var start = mention.start - sentence.start
        if position > 0, ["the", "a", "an"].contains(sentence.tokens[position - 1].text.lowercased()),
            sentence.tokens[position - 1].end == mention.start - 1
        {
            start = sentence.tokens[position - 1].start - sentence.start
        }
        var end = mention.end - sentence.start
        // The title's other capitalized and function words inside the marks ("Take Me Out to the
        // Ball Game"), within `titleWords` words.
        let tokens = sentence.tokens
        var first = position
        var last = tokens.lastIndex { $0.end <= mention.end } ?? position
        // (No other scalars are canonically " ", "-" or ": ", so the scalars themselves are compared.)
        func joined(_ left: Token, _ right: Token) -> Bool {
            let gap = scalars[(left.end - sentence.start)..<(right.start - sentence.start)]
            return gap.elementsEqual([" "]) || gap.elementsEqual(["-"]) || gap.elementsEqual([":", " "])
        }
        func titleWord(_ token: Token) -> Bool { token.isCapitalized || token.isStopWord || token.isNumber }
        while first > 0, position - first < titleWords, titleWord(tokens[first - 1]),
            joined(tokens[first - 1], tokens[first])
        {
            first -= 1
        }
        // The nearest opening mark left of the name, at a word's start inside the span.
        if let opening = (first...position).last(where: { index in
            let at = tokens[index].start - sentence.start
            return at > 0 && quotePairs[scalars[at - 1]] != nil
        }) {
            start = tokens[opening].start - sentence.start
        }
        while last + 1 < tokens.count, last - position < titleWords, titleWord(tokens[last + 1]),
            joined(tokens[last], tokens[last + 1])
        {
            last += 1
        }
        end = tokens[last].end - sentence.start
        // "“Bathing Beauty,”": American copy closes the marks after a comma or a period.
        if end < scalars.count, [",", "."].contains(scalars[end]), end + 1 < scalars.count,
            quotePairs.values.contains(scalars[end + 1])
        {
            end += 1
        }
        guard start > 0, end < scalars.count, let closing = quotePairs[scalars[start - 1]], scalars[end] == closing
        else { return false }
        // The opening mark opens ("’s" and "Ross' decision" close nothing) and the closing one closes.
        let opens = start < 2 || !scalars[start - 2].properties.isAlphabetic
        let closes = end + 1 >= scalars.count || !scalars[end + 1].properties.isAlphabetic
        return opens && closes
    }

    /// "Troy, Mich., police said": a known place after a comma places the name before it, unless a
    /// capitalized word follows it ("Sherrod Brown, Ohio Democrat").
    private static func placeFollows(_ mention: EntityMention, next: Int?, in sentence: AnalyzedSentence) -> Bool {
        guard let next, sentence.tokens[next].isCapitalized else { return false }
        let token = sentence.tokens[next]
        let scalars = Array(sentence.text.unicodeScalars)
        let from = mention.end - sentence.start
        let to = token.start - sentence.start
        guard from >= 0, to <= scalars.count, from < to, String(String.UnicodeScalarView(scalars[from..<to])) == ", "
        else { return false }
        let word = token.text.lowercased().trimmingSuffix(".")
        guard EntityLexicon.places.contains(word) else { return false }
        let following = next + 1 < sentence.tokens.count ? sentence.tokens[next + 1] : nil
        return !(following?.isCapitalized ?? false)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
