public import GRDB
public import Parallax

/// A brief as the `story` column of the `brief` table holds it: the JSON text GRDB's `Codable`
/// way wrote (`DatabaseJSON`), each type's fields in the encoder's sorted order.
extension Brief: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("articleIds", articleIDs)
            json.field("discrepancies", discrepancies)
            json.field("entities", entities)
            json.field("facts", facts)
            json.field("headline", headline)
            json.field("id", id)
            json.field("perspectives", perspectives)
            json.field("quotes", quotes)
            json.field("summary", summary)
            json.field("timeline", timeline)
            json.field("updates", updates)
        }
    }
}

extension CitedSentence: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("dated", dated)
            json.field("note", note)
            json.field("sources", sources)
            json.field("text", text)
        }
    }
}

extension Fact: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("copies", copies)
            json.field("dated", dated)
            json.field("sources", sources)
            json.field("support", support)
            json.field("text", text)
        }
    }
}

extension Support: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("article", article)
            json.field("text", text)
        }
    }
}

extension Quote: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("article", article)
            json.field("kind", kind.rawValue)
            json.field("speaker", speaker)
            json.field("speakerDescription", speakerDescription)
            json.field("text", text)
        }
    }
}

extension TimelineEvent: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("date", date)
            json.field("precision", precision.rawValue)
            json.field("sources", sources)
            json.field("text", text)
        }
    }
}

extension StoryEntity: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("aliases", aliases)
            json.field("articles", articles)
            json.field("mentions", mentions)
            json.field("name", name)
            json.field("type", type.rawValue)
        }
    }
}

extension Discrepancy: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("about", about)
            json.field("claims", claims)
        }
    }
}

extension Discrepancy.Claim: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("article", article)
            json.field("text", text)
            json.field("value", value)
        }
    }
}

extension Perspective: DatabaseJSONValue {
    func write(to json: DatabaseJSON) {
        json.object {
            json.field("angle", angle)
            json.field("article", article)
            json.field("distinctive", distinctive)
            json.field("outlet", outlet)
        }
    }
}

extension BriefRevision {
    /// The row as GRDB's `Codable` way writes it, the brief as `DatabaseJSON` text.
    public func encode(to container: inout PersistenceContainer) {
        container["storyId"] = storyID
        container["revision"] = revision
        container["story"] = DatabaseJSON.text(of: story)
        container["synthesizedAt"] = synthesizedAt
    }
}
