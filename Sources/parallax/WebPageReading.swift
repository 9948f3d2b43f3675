import Parallax
import ParallaxWeb

/// Hands web pages from the input reader to the main-content extractor.
enum WebPageReading {
    static let extractor = HTMLArticleExtractor()

    @Sendable static func document(bytes: [UInt8], input: String) throws(InputError) -> RawDocument {
        let article: WebArticle
        do {
            article = try extractor.extract(html: bytes, url: nil)
        } catch {
            let code: InputError.Code =
                switch error.code {
                case .tooLarge: .tooLarge
                case .notHTML: .binary
                case .noContent: .empty
                default: .unreadable
                }
            throw InputError(code, input: input, reason: error.message)
        }
        return RawDocument(
            input: input, format: .structured, text: article.text, title: article.title, url: article.url,
            outlet: article.outlet, published: article.published.flatMap(PublicationDate.init(iso8601:)),
            authors: article.authors, language: article.language)
    }
}
