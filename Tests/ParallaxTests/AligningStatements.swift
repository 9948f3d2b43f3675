@testable import Parallax

/// Aligns two statements written for a test, each with an optional ISO 8601 publication date,
/// with the default alignment settings or `configuration`; shared by the claim suites.
func align(
    _ a: String, _ b: String, _ publishedA: String? = nil, _ publishedB: String? = nil,
    configuration: AlignmentConfiguration = AlignmentConfiguration()
) -> Alignment {
    ClaimChecker(configuration: configuration).align(
        a, b, publishedA: publishedA.flatMap(PublicationDate.init(iso8601:)),
        publishedB: publishedB.flatMap(PublicationDate.init(iso8601:)), analyzer: ArticleAnalyzer())
}

/// The names of the slots on which two aligned statements differ.
func differing(_ alignment: Alignment) -> [String] { alignment.differing.map(\.name) }
