/// Claims of a story's repeated sentences read once: a wire paragraph in a hundred articles is
/// one reading wherever it stands, as long as all the claim reads of it is alike. The claim
/// reads the sentence and the names and times inside it, each by its offset from the sentence's
/// start; a `Reading` holds exactly these, offsets counted from the sentence's start, so two
/// sentences with equal readings make equal claims but for what the claim copies from its
/// article unread (its source, publication time and places), which is set on each copy.
extension ClaimReader {
    struct Reading: Hashable {
        var sentence: AnalyzedSentence
        var entities: [EntityMention]
        var times: [TimeExpression]

        init(of sentence: AnalyzedSentence, in article: AnalyzedArticle, parts: ArticleParts) {
            let origin = sentence.start
            var shifted = sentence
            shifted.start = 0
            shifted.end -= origin
            // Neither is read by a claim: copies at other places of their articles are alike.
            shifted.index = 0
            shifted.paragraph = 0
            for index in shifted.tokens.indices {
                shifted.tokens[index].start -= origin
                shifted.tokens[index].end -= origin
            }
            self.sentence = shifted
            entities = parts.entities.inside(from: sentence.start, to: sentence.end).map { position in
                var entity = article.entities[position]
                entity.start -= origin
                entity.end -= origin
                entity.sentence = 0
                return entity
            }
            times = parts.times.inside(from: sentence.start, to: sentence.end).map { position in
                var time = article.times[position]
                time.start -= origin
                time.end -= origin
                return time
            }
        }
    }

    /// Claims already read in one story, by their reading.
    struct Copies {
        private var claims: [Reading: Claim] = [:]

        /// The claim of `sentence` in `article`: read again only for a reading not met before.
        mutating func claim(
            of sentence: AnalyzedSentence, in article: AnalyzedArticle, parts: ArticleParts, reader: ClaimReader
        ) -> Claim {
            let reading = Reading(of: sentence, in: article, parts: parts)
            guard var known = claims[reading] else {
                let claim = reader.claim(of: sentence, in: article, parts: parts)
                claims[reading] = claim
                return claim
            }
            // What `claim(of:in:parts:)` copies from the article without reading it.
            known.text = sentence.text
            known.source = ClaimReader.source(of: sentence, in: article, parts: parts)
            known.published = parts.published
            known.articlePlaces = parts.places
            return known
        }
    }

    /// Whose claim a sentence is: the speaker of the first quote starting in it, else the outlet.
    static func source(of sentence: AnalyzedSentence, in article: AnalyzedArticle, parts: ArticleParts) -> String? {
        let speaker = parts.quotes.firstStarting(from: sentence.start, before: sentence.end).flatMap {
            article.quotes[$0].speaker
        }
        return speaker ?? article.article.outlet
    }
}
