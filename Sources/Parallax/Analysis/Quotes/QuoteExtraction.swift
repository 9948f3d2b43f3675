extension AnalyzedArticle {
    /// The quotes of this analyzed article found again from its sentences and names, with the
    /// default configuration: the quote stage alone, for `parallax eval quotes` to time apart.
    package func extractQuotes() -> [QuoteMention] {
        QuoteExtractor().quotes(in: article.text, sentences: sentences, entities: entities)
    }
}
