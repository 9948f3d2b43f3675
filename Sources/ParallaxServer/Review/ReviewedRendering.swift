internal import HTTPTypes
internal import ParallaxStore

/// What a rendering of a story for readers depends on besides its revisions: the publication
/// setting and the last entry of its review log. Used as the render cache's key, so an editor's
/// action or a change of setting renders the story afresh.
enum ReviewedRendering {
    static func key(_ id: String, settings: NewsroomSettings, database: any NewsroomSiteStore) throws -> String {
        "\(id) \(settings.publication.rawValue) \(try database.reviewSequence(of: id))"
    }
}
