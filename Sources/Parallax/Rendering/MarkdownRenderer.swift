/// The digest as Markdown for people; every statement links to its numbered sources.
public enum MarkdownRenderer {
    public static func render(_ digest: Digest) -> String {
        let articles = Dictionary(digest.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "# Parallax brief\n\n"
        out +=
            "_\(digest.stories.count) \(plural(digest.stories.count, "story", "stories")) from \(digest.articles.count) \(plural(digest.articles.count, "article", "articles"))._\n"
        for story in digest.stories {
            out += "\n" + render(story, citations: BriefCitations(story: story, articles: articles))
        }
        out += "\n## Methodology\n\n" + Methodology.paragraphs.map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    static func render(_ story: Brief, citations: BriefCitations) -> String {
        func cite(_ ids: [String]) -> String {
            ids.map { "[\\[\(citations.numbers[$0] ?? 0)\\]](#\(citations.anchor($0)))" }.joined()
        }
        var out = "## \(escape(story.headline))\n\n"
        out +=
            "\(story.articleIDs.count) \(plural(story.articleIDs.count, "article", "articles")) from \(citations.outletCount) \(plural(citations.outletCount, "source", "sources")).\n"
        if !story.summary.isEmpty {
            out += "\n### Summary\n\n"
            for sentence in story.summary {
                let note = sentence.note.map { " _\(escape($0))_" } ?? ""
                out += "- \(escape(sentence.dated ?? sentence.text)) \(cite(sentence.sources))\(note)\n"
            }
        }
        if !story.facts.isEmpty {
            out += "\n### Facts\n\n"
            for fact in story.facts {
                out +=
                    "- \(escape(fact.dated ?? fact.text)) — **\(voices(fact))** \(cite(fact.sources))\n"
                for support in fact.support where support.text != fact.text {
                    out +=
                        "  - \(escape(citations.label(support.article))): “\(escape(support.text))” \(cite([support.article]))\n"
                }
                for support in fact.partial ?? [] {
                    out +=
                        "  - in part, \(escape(citations.label(support.article))): “\(escape(support.text))” \(cite([support.article]))\n"
                }
            }
        }
        if !story.discrepancies.isEmpty {
            out += "\n### Discrepancies\n\n"
            for discrepancy in story.discrepancies {
                out += "- On \(escape(discrepancy.about)):\n"
                for claim in discrepancy.claims {
                    out +=
                        "  - \(escape(citations.label(claim.article))) says **\(escape(claim.value ?? "—"))**: “\(escape(claim.text))” \(cite([claim.article]))\n"
                }
            }
        }
        if let updates = story.updates, !updates.isEmpty {
            out += "\n### Updates\n\n"
            for update in updates {
                out += "- On \(escape(update.about)), latest first:\n"
                for claim in update.claims {
                    out +=
                        "  - \(escape(citations.label(claim.article))) says **\(escape(claim.value ?? "—"))**: “\(escape(claim.text))” \(cite([claim.article]))\n"
                }
            }
        }
        if !story.timeline.isEmpty {
            out += "\n### Timeline\n\n"
            for event in story.timeline {
                out += "- **\(event.date)** — \(escape(event.text)) \(cite(event.sources))\n"
            }
        }
        if !story.quotes.isEmpty {
            out += "\n### Quotes\n\n"
            for quote in story.quotes {
                let who = [quote.speaker.map { "**\(escape($0))**" }, quote.speakerDescription.map(escape)].compactMap {
                    $0
                }
                let speaker = who.isEmpty ? "_Unattributed_" : who.joined(separator: ", ")
                let text = quote.kind == .direct ? "“\(escape(quote.text))”" : "(reported) \(escape(quote.text))"
                out += "- \(speaker): \(text) \(cite([quote.article]))\n"
            }
        }
        if !story.entities.isEmpty {
            out += "\n### Key players\n\n"
            for entity in story.entities.prefix(15) {
                out +=
                    "- **\(escape(entity.name))** (\(entity.type.rawValue)) — \(entity.mentions) \(plural(entity.mentions, "mention", "mentions")) \(cite(entity.articles))\n"
            }
        }
        if !story.perspectives.isEmpty {
            out += "\n### Perspectives\n\n"
            for perspective in story.perspectives {
                let terms =
                    perspective.distinctive.isEmpty ? "" : " _(\(perspective.distinctive.joined(separator: ", ")))_"
                out +=
                    "- **\(escape(citations.label(perspective.article)))**: \(escape(perspective.angle))\(terms) \(cite([perspective.article]))\n"
            }
        }
        out += "\n### Sources\n\n"
        for id in story.articleIDs {
            let article = citations.articles[id]
            var line =
                "\(citations.numbers[id] ?? 0). <a id=\"\(citations.anchor(id))\"></a>**\(escape(citations.label(id)))**"
            if let title = article?.title, title != citations.label(id) { line += " — \(escape(title))" }
            if let date = article?.published { line += " (\(date.iso8601))" }
            if let link = article?.url.flatMap(WebLink.linkable) {
                line += " — <\(link)>"
            } else if let url = article?.url {
                line += " — \(escape(url))"
            } else if let input = article?.input {
                line += " — `\(input)`"
            }
            out += line + "\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// "3 sources", or "3 sources, +2 copies" where wire copies or one outlet's versions repeat a voice.
    static func voices(_ fact: Fact) -> String {
        let independent = fact.independentSources
        let copies = fact.copies?.count ?? 0
        return "\(independent) \(plural(independent, "source", "sources"))"
            + (copies > 0 ? ", +\(copies) \(plural(copies, "copy", "copies"))" : "")
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? one : many
    }
}
