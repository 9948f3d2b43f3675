/// Merges entity mentions across a story's articles: one entry per entity, named by the
/// fullest form used, most prominent first. Every entity found is listed with its counts and
/// type; renderers show the first ones.
struct EntityMerger {
    var configuration = EntityConfiguration()

    func entities(of articles: [AnalyzedArticle]) -> [StoryEntity] {
        struct Entry {
            var forms: [String: Int] = [:]
            var types: [EntityType: Int] = [:]
            var mentions = 0
            var articles: [String] = []
            /// The story's vote: the words around every mention in every article.
            var vote = EntityRecognizer.ContextVote()
        }
        var entries: [String: Entry] = [:]
        // Last names of multi-word people, to merge "Maduro" into "Nicolás Maduro".
        var fullNames: [String: String] = [:]
        // First names too, where only one person of the story bears them ("Kimani" for Kimani
        // Gray, though Mahnefah Gray shares his surname).
        var firstNames: [String: Set<String>] = [:]
        // A surname several people share goes to the one the story names most ("Gray" to Kimani
        // Gray, not to his mother Mahnefah Gray), then to the fullest name.
        var mentionsOfName: [String: Int] = [:]
        for article in articles {
            for mention in article.entities where mention.type == .person {
                mentionsOfName[EntityName.folded(mention.name), default: 0] += 1
            }
        }
        // "The Notorious Bettie Page" (a film) ends with a person's two-word name: the surname
        // alone is that person's, not the longer name's.
        func endsWithAnotherPerson(_ name: String) -> Bool {
            let words = name.split(separator: " ")
            return words.count >= 3 && mentionsOfName[words.suffix(2).joined(separator: " ")] != nil
        }
        for article in articles {
            for mention in article.entities where mention.type == .person {
                let words = mention.name.split(separator: " ")
                if words.count >= 2, let first = words.first, let last = words.last {
                    let key = EntityName.folded(String(last))
                    let name = EntityName.folded(mention.name)
                    if let known = fullNames[key] {
                        let rank = { (name: String) in
                            (endsWithAnotherPerson(name) ? 0 : 1, mentionsOfName[name] ?? 0, name.count, name)
                        }
                        if rank(known) < rank(name) { fullNames[key] = name }
                    } else {
                        fullNames[key] = name
                    }
                    firstNames[EntityName.folded(String(first)), default: []].insert(EntityName.folded(mention.name))
                }
            }
        }
        // "Kimani Gray" and "Kimani Carlos Gray" are one person: a first name's holders are counted
        // by surname.
        firstNames = firstNames.mapValues { names in
            var bySurname: [String: String] = [:]
            // The longest name, ties by name: never the set's order, which changes from run to run.
            for name in names {
                let last = String(name.split(separator: " ").last!)
                if let known = bySurname[last], known.count > name.count || known.count == name.count && known < name {
                    continue
                }
                bySurname[last] = name
            }
            return Set(bySurname.values)
        }
        // A single word the story uses as a place or a body ("in Pellingford") more often than as
        // a person is not the first or last name of a person who shares it.
        // As a surname, not where its uses typed nothing outnumber those many times over ("from
        // Clinton" once, "Clinton named six" eight times: Hillary Clinton's surname).
        var placeOrBodyUses: [String: Int] = [:]
        var untypedUses: [String: Int] = [:]
        for article in articles {
            for mention in article.entities where !mention.name.contains(" ") {
                let placeOrBody = mention.type == .place || mention.type == .organization
                if mention.type == .other {
                    untypedUses[EntityName.folded(mention.name), default: 0] += 1
                } else {
                    placeOrBodyUses[EntityName.folded(mention.name), default: 0] += placeOrBody ? 1 : -1
                }
            }
        }
        let placesAndBodies = Set(placeOrBodyUses.filter { $0.value > 0 }.keys)
        let placeOrBodySurnames = placesAndBodies.filter {
            placeOrBodyUses[$0, default: 0] * configuration.untypedUsesPerPlaceUse >= untypedUses[$0, default: 0]
        }
        // People the story names by two words, whose longer forms ("Bettie Mae Page") are theirs.
        var twoWordPeople = Set<String>()
        for article in articles {
            for mention in article.entities where mention.type == .person {
                let key = Self.variantKey(EntityName.folded(mention.name), person: false, knownPeople: [])
                if key.split(separator: " ").count == 2 { twoWordPeople.insert(key) }
            }
        }
        let longerPeople = Self.longerPeople(of: articles)
        for article in articles {
            // "Tamworth, Gunnedah and Quirindi": a name typed nothing, listed with places, counts a place.
            let listed = EntityRecognizer.listedWithPlaces(article.entities, in: article.sentences)
            for (index, mention) in article.entities.enumerated() {
                var key = EntityName.folded(mention.name)
                // "INS Sukanya" and "Indian Naval Ship Sukanya" are one vessel.
                if let vessel = Self.vesselKey(mention.name) { key = vessel }
                if !key.contains(" "), !placeOrBodySurnames.contains(key), let full = fullNames[key] {
                    key = full
                } else if !key.contains(" "), !placesAndBodies.contains(key) {
                    if let people = firstNames[key], people.count == 1 {
                        key = people.first!
                    }
                } else if mention.type == .person, let longer = longerPeople[key] {
                    key = longer
                }
                key = Self.variantKey(
                    key, person: mention.type == .person || key != EntityName.folded(mention.name),
                    knownPeople: twoWordPeople)
                var entry = entries[key] ?? Entry()
                if let vote = EntityRecognizer.contextVote(of: mention, in: article.sentences, anyType: true) {
                    entry.vote = entry.vote + vote
                }
                entry.forms[mention.name, default: 0] += 1
                entry.types[listed.contains(index) ? .place : mention.type, default: 0] += 1
                entry.mentions += 1
                if !entry.articles.contains(article.id) { entry.articles.append(article.id) }
                if mention.text != mention.name { entry.forms[mention.text, default: 0] += 0 }
                entries[key] = entry
            }
        }
        var result: [StoryEntity] = []
        let outlets = Set(articles.compactMap { $0.article.outlet.map(EntityName.folded) })
        // In the order of the keys, never the dictionary's: the merges below visit entities in
        // this order, and an entity merged from two shorter ones lists their articles in it.
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            // The form used most among those of two words or more ("Bettie Page", not "Esther
            // Williams-Esther Williams" nor "Angels").
            let longest = entry.forms.keys.map { $0.split(separator: " ").count }.max() ?? 1
            // Not a form a description opens ("Democrat Ilse Marrow") where the plain name is used.
            let name = entry.forms.keys.filter { $0.split(separator: " ").count >= min(2, longest) }.max { lhs, rhs in
                let left = (Self.isDescribed(lhs) ? 0 : 1, entry.forms[lhs]!, lhs.split(separator: " ").count, lhs)
                let right = (Self.isDescribed(rhs) ? 0 : 1, entry.forms[rhs]!, rhs.split(separator: " ").count, rhs)
                return left < right
            }!
            var type = Self.storyType(of: entry.types, vote: entry.vote, name: name)
            // "the Red Sox" in one article types "Red Sox" in the articles that say nothing of it.
            if let voted = entry.vote.decided(for: type, name: name) { type = voted }
            if outlets.contains(EntityName.folded(name)) { type = .organization }
            if EntityLexicon.isVesselName(name.split(separator: " ").map(String.init)) { type = .other }
            // Holidays, months and wars ("Christmas", "Cold War") are no players of a story.
            if EntityLexicon.otherNames.contains(EntityName.folded(name)) { continue }
            // "the Committee" alone is a short reference to a longer name, no player itself.
            if EntityLexicon.genericBodyWords.contains(EntityName.folded(name)) { continue }
            guard type != .other || entry.mentions >= configuration.leastMentionsOfOther else { continue }
            let aliases = entry.forms.keys.filter { $0 != name }.sorted()
            result.append(
                StoryEntity(
                    name: name, type: type, aliases: aliases, mentions: entry.mentions, articles: entry.articles))
        }
        result = Self.mergingShortBodies(result)
        result = Self.mergingCompanyShortForms(result)
        result = Self.mergingVariants(result, configuration: configuration)
        result.sort {
            let left = $0.mentions * (1 + $0.articles.count)
            let right = $1.mentions * (1 + $1.articles.count)
            return left != right ? left > right : $0.name < $1.name
        }
        return result
    }

    /// The key of a vessel's name: the words after its prefix or after "Ship".
    static func vesselKey(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard EntityLexicon.isVesselName(words) else { return nil }
        let from =
            words.firstIndex { EntityLexicon.shipNouns.contains($0.lowercased()) }.map { $0 + 1 }
            ?? words.firstIndex(where: EntityLexicon.vesselPrefixes.contains).map { $0 + 1 } ?? 1
        return "vessel " + words[from...].map(EntityName.folded).joined(separator: " ")
    }

    /// People's names of two words or more that end exactly one longer person's name of the story
    /// and are used at least as often as it, as a short form is ("Wasserman Schultz" of "Debbie
    /// Wasserman Schultz", "de Blasio" of "Bill de Blasio"), with that longer name, folded. A
    /// longer name used more is another thing named after the person ("Notorious Lise Varga").
    static func longerPeople(of articles: [AnalyzedArticle]) -> [String: String] {
        var uses: [String: Int] = [:]
        for article in articles {
            for mention in article.entities where mention.type == .person && mention.name.contains(" ") {
                uses[EntityName.folded(mention.name), default: 0] += 1
            }
        }
        var holders: [String: Set<String>] = [:]
        for (name, used) in uses {
            let words = name.split(separator: " ")
            for count in 2..<max(2, words.count) {
                let tail = words.suffix(count).joined(separator: " ")
                if let tailUses = uses[tail], tailUses >= used { holders[tail, default: []].insert(name) }
            }
        }
        return holders.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// A name of three words or more opened by a title, a person noun or a party ("Democrat Ilse
    /// Marrow", "Billionaire Teodor Vansk").
    static func isDescribed(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count > 2, let first = words.first.map({ EntityName.folded(String($0)) }) else { return false }
        return EntityLexicon.personNouns.contains(first) || EntityLexicon.demonyms.contains(first)
    }

    private static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// One key for a name's spellings: "Al-Homoud" is "Al Homoud"; a person is their first and
    /// last names where the story names someone so ("Bettie Mae Page" is "Bettie Page", "Anthony
    /// LaCalamita III" "Anthony LaCalamita", "Sgt. Barry Whiteside" "Barry Whiteside").
    static func variantKey(_ folded: String, person: Bool, knownPeople: Set<String>) -> String {
        var words = folded.split { $0 == " " || $0 == "-" }.map(String.init)
        let whole = words.joined(separator: " ")
        guard person, words.count > 2 else { return whole }
        // "Billionaire Donald Trump", "Democrat Hillary Clinton": a person noun or a party before a
        // name is a description, like a title.
        while words.count > 2,
            EntityLexicon.titles.contains(words[0].filter { $0 != "." })
                || EntityLexicon.personNouns.contains(words[0]) || EntityLexicon.demonyms.contains(words[0])
        {
            words.removeFirst()
        }
        if words.count > 2, let last = words.last, generationalSuffixes.contains(last.filter { $0 != "." }) {
            words.removeLast()
        }
        if words.count > 2 { words = [words[0], words[words.count - 1]] }
        let short = words.joined(separator: " ")
        return knownPeople.contains(short) ? short : whole
    }

    /// A body named by the last words of exactly one longer body of the story is that body ("Red
    /// Sox" of "Boston Red Sox", "Angels" of "Los Angeles Angels"); a bare organization word
    /// ("Police") is not merged, as several bodies may end in it.
    static func mergingShortBodies(_ entities: [StoryEntity]) -> [StoryEntity] {
        let bodies = entities.indices.filter { entities[$0].type == .organization }
        var into: [Int: Int] = [:]
        for short in bodies {
            let words = entities[short].name.split(separator: " ").map { EntityName.folded(String($0)) }
            guard words.count > 1 || !EntityLexicon.organizationWords.contains(words[0]) else { continue }
            let holders = bodies.filter { long in
                let longWords = entities[long].name.split(separator: " ").map { EntityName.folded(String($0)) }
                // "Commerce and Interior Department" is two bodies, not the Interior Department.
                // "Staunton Police" of "Staunton Police Department", "Avenues" of "Avenues Gang".
                let byFirstWords =
                    longWords.count > words.count && Array(longWords.prefix(words.count)) == words
                    && longWords.dropFirst(words.count).allSatisfy(EntityLexicon.organizationWords.contains)
                return byFirstWords
                    || longWords.count > words.count && Array(longWords.suffix(words.count)) == words
                        && !["and", "&", "of"].contains(longWords[longWords.count - words.count - 1])
            }
            if holders.count == 1, let holder = holders.first { into[short] = holder }
        }
        var merged = entities
        for (short, long) in into.sorted(by: { $0.key < $1.key }) where into[long] == nil {
            // Named by the form used more, if it has two words ("Academy Awards", not "Annual
            // Academy Awards"; "Los Angeles Angels", not "Angels").
            if entities[short].mentions > entities[long].mentions, entities[short].name.contains(" ") {
                merged[long].aliases.append(merged[long].name)
                merged[long].name = entities[short].name
            }
            merged[long].mentions += entities[short].mentions
            merged[long].aliases = Array(Set(merged[long].aliases + [entities[short].name] + entities[short].aliases))
                .filter { $0 != merged[long].name }.sorted()
            for article in entities[short].articles where !merged[long].articles.contains(article) {
                merged[long].articles.append(article)
            }
        }
        return merged.indices.filter { index in
            guard let long = into[index] else { return true }
            return into[long] != nil
        }.map { merged[$0] }
    }
}
