@testable import Parallax

// The name suites' one way to run the recognizer (`EntityRecognizerTests`, `NameShapeTests`,
// `NameContextTests`, `NameCueTests`): a text analyzed as an article is, and texts merged as a
// story's articles are.

/// The entity mentions of `text`, analyzed as one English article.
func entities(_ text: String) -> [EntityMention] {
    ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).entities
}

/// The type of the first mention named `name` in `text`, if any.
func type(of name: String, in text: String) -> EntityType? {
    entities(text).first { $0.name == name }?.type
}

/// The entities of a story whose articles are `texts`, merged as a brief merges them.
func story(_ texts: [String]) -> [StoryEntity] {
    let articles = texts.enumerated().map { index, text in
        ArticleAnalyzer().analyze(Article(id: "t\(index)", input: "t", language: "en", text: text))
    }
    return EntityMerger().entities(of: articles)
}
