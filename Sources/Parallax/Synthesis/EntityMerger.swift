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
        for article in articles {
            for mention in article.entities where mention.type == .person {
                let words = mention.name.split(separator: " ")
                if words.count >= 2, let first = words.first, let last = words.last {
                    let key = EntityName.folded(String(last))
                    let name = EntityName.folded(mention.name)
                    if let known = fullNames[key] {
                        let rank = { (name: String) in (mentionsOfName[name] ?? 0, name.count, name) }
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
            for name in names {
                let last = String(name.split(separator: " ").last!)
                if let known = bySurname[last], known.count >= name.count { continue }
                bySurname[last] = name
            }
            return Set(bySurname.values)
        }
        // A single word the story uses as a place or a body somewhere ("in Pellingford") is not
        // the first or last name of a person who shares it.
        var placesAndBodies = Set<String>()
        for article in articles {
            for mention in article.entities where mention.type == .place || mention.type == .organization {
                placesAndBodies.insert(EntityName.folded(mention.name))
            }
        }
        for article in articles {
            for mention in article.entities {
                var key = EntityName.folded(mention.name)
                if !key.contains(" "), mention.type != .place, mention.type != .organization,
                    !placesAndBodies.contains(key)
                {
                    if let full = fullNames[key] {
                        key = full
                    } else if let people = firstNames[key], people.count == 1 {
                        key = people.first!
                    }
                }
                var entry = entries[key] ?? Entry()
                if let vote = EntityRecognizer.contextVote(of: mention, in: article.sentences, anyType: true) {
                    entry.vote = entry.vote + vote
                }
                entry.forms[mention.name, default: 0] += 1
                entry.types[mention.type, default: 0] += 1
                entry.mentions += 1
                if !entry.articles.contains(article.id) { entry.articles.append(article.id) }
                if mention.text != mention.name { entry.forms[mention.text, default: 0] += 0 }
                entries[key] = entry
            }
        }
        var result: [StoryEntity] = []
        for (_, entry) in entries {
            let name = entry.forms.keys.max { lhs, rhs in
                let left = (lhs.split(separator: " ").count, entry.forms[lhs]!, lhs)
                let right = (rhs.split(separator: " ").count, entry.forms[rhs]!, rhs)
                return left < right
            }!
            let outlets = Set(articles.compactMap { $0.article.outlet.map(EntityName.folded) })
            var type = entry.types.max {
                $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
            }!.key
            if type == .other, (entry.types[.person] ?? 0) > 0 { type = .person }
            if type == .other, (entry.types[.place] ?? 0) > 0 { type = .place }
            if type == .other, (entry.types[.organization] ?? 0) > 0 { type = .organization }
            // "the Red Sox" in one article types "Red Sox" in the articles that say nothing of it.
            if let voted = entry.vote.decided(for: type, name: name) { type = voted }
            if outlets.contains(EntityName.folded(name)) { type = .organization }
            guard type != .other || entry.mentions >= configuration.leastMentionsOfOther else { continue }
            let aliases = entry.forms.keys.filter { $0 != name }.sorted()
            result.append(
                StoryEntity(
                    name: name, type: type, aliases: aliases, mentions: entry.mentions, articles: entry.articles))
        }
        result.sort {
            let left = $0.mentions * (1 + $0.articles.count)
            let right = $1.mentions * (1 + $1.articles.count)
            return left != right ? left > right : $0.name < $1.name
        }
        return result
    }
}
