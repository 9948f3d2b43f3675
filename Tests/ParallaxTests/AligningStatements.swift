@testable import Parallax

/// Aligns two statements written for a test with the default alignment settings, each with an
/// optional ISO 8601 publication date; shared by the claim alignment and claim slot suites.
func align(_ a: String, _ b: String, _ publishedA: String? = nil, _ publishedB: String? = nil) -> Alignment {
    ClaimChecker().align(
        a, b, publishedA: publishedA.flatMap(PublicationDate.init(iso8601:)),
        publishedB: publishedB.flatMap(PublicationDate.init(iso8601:)), analyzer: ArticleAnalyzer())
}

/// The names of the slots on which two aligned statements differ.
func differing(_ alignment: Alignment) -> [String] { alignment.differing.map(\.name) }
