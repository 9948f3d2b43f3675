import ArgumentParser
import Foundation
import ParallaxEvaluation
import ParallaxWeb

/// What `eval extraction` and `eval dates` share: the extractor settings to evaluate, and a file
/// for what was found on each page (`scripts/pages-compare.sh` reads both).
struct PageEvaluationOptions: ParsableArguments {
    @OptionGroup var extractorSettings: SettingOptions<HTMLArticleExtractor.Configuration>

    @Option(
        help:
            "Write what was found on each page as JSON to this file ({id: extracted text} or {id: date}, for scripts/pages-compare.sh)."
    )
    var predictions: String?

    /// The extractor with the settings given.
    func extractor() throws -> HTMLArticleExtractor {
        HTMLArticleExtractor(configuration: try extractorSettings.applied(to: .init()))
    }

    /// Writes the report's predictions where `--predictions` says, if it says.
    func write(_ predictionsJSON: () throws -> Data) throws {
        guard let predictions else { return }
        try predictionsJSON().write(to: URL(fileURLWithPath: predictions))
    }
}
