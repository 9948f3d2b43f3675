/// Where the clusterer put one article.
public struct StoryAssignment: Hashable, Sendable {
    public var articleID: String
    /// The story's index in the clusterer's `stories` when the article joined it (a later
    /// merge may move the article on: see `StoryClusterer.currentID(of:)`).
    public var story: Int
    /// Whether the article started the story.
    public var started: Bool
}

extension StoryClusterer {
    /// Adds articles, in the order given (publication order), each to its story.
    public mutating func assign(_ articles: [Article]) -> [StoryAssignment] {
        let featurizer = ClusterFeaturizer()
        let assignments = articles.map { article in
            let before = stories.count
            let story = add(featurizer.document(article))
            return StoryAssignment(
                articleID: article.id, story: story, started: stories.count > before && story == before)
        }
        refine()
        return assignments
    }

    /// Adds analyzed articles, in the order given (publication order), each to its story.
    public mutating func assign(_ articles: [AnalyzedArticle]) -> [StoryAssignment] {
        assign(articles.map(\.article))
    }

    /// The id of the story an assigned article belongs to now, following merges.
    public func currentID(of assignment: StoryAssignment) -> String {
        stories[currentStory(assignment.story)].id
    }
}
