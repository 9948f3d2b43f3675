extension AnalyzedArticle {
    /// The quotes of this analyzed article found again from its sentences and names, with the
    /// given configuration: the quote stage alone, for `parallax eval quotes` to time apart and to
    /// measure one setting against another on the same analysis.
    package func extractQuotes(configuration: QuoteConfiguration = QuoteConfiguration()) -> [QuoteMention] {
        QuoteExtractor(configuration: configuration).quotes(in: article.text, sentences: sentences, entities: entities)
    }
}
