/// Numbers a story's sources so that every statement can point at them: [1], [2]…
struct BriefCitations {
    let story: Brief
    let articles: [String: Article]
    let numbers: [String: Int]

    init(story: Brief, articles: [String: Article]) {
        self.story = story
        self.articles = articles
        self.numbers = Dictionary(uniqueKeysWithValues: story.articleIDs.enumerated().map { ($1, $0 + 1) })
    }

    func anchor(_ articleID: String) -> String {
        "src-\(story.id)-\(numbers[articleID] ?? 0)"
    }

    /// A short name for a source: its outlet, else its title, else its file name.
    func label(_ articleID: String) -> String {
        guard let article = articles[articleID] else { return articleID }
        if let outlet = article.outlet { return outlet }
        if let title = article.title { return title.count > 60 ? String(title.prefix(57)) + "…" : title }
        return article.input.split(separator: "/").last.map(String.init) ?? article.input
    }

    var outletCount: Int {
        Set(story.articleIDs.map { articles[$0]?.outlet ?? $0 }).count
    }
}

/// How every brief is built, stated in each rendered brief.
enum Methodology {
    static let paragraphs = [
        "Each article was cleaned of page chrome (credits, promos, player notices, copyright and aggregator blocks) by general line rules; what was removed is listed in the JSON output.",
        "Articles were grouped into stories in publication order by the similarity of their tf-idf weighted word stems (Snowball) and of the names they mention, joining a story when similar enough to it; republished copies are marked and count once.",
        "Summary sentences are verbatim sentences chosen for centrality, corroboration across articles and coverage of different sources, with little redundancy.",
        "A fact is a sentence whose content words and names match sentences in other articles; every supporting sentence is quoted verbatim with its source.",
        "Quotes are verbatim; speakers are taken from the attribution in the text (a pronoun or \"the source\" stands for the last speaker named or described); labels of a word or two, topics and denials are left out. Dates are resolved against each article's publication date or the date it is telling.",
        "Discrepancies are statements of different articles that give different counts for the same thing about the same names (a count that grows on a later day is an update), or that put the same event in different years.",
    ]
}
