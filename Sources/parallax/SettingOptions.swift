import ArgumentParser
import ParallaxEvaluation

/// `--setting NAME=VALUE` (repeatable): a configuration's named settings varied for one run, each
/// setting left out keeping its default. The extractor's (`eval extraction`, `eval dates`), the
/// clustering's (`eval clustering`, `bench cluster`) and the claim alignment's (`eval
/// corroboration`) are varied this one way.
struct SettingOptions<Configuration: SettableByName>: ParsableArguments {
    @Option(
        name: .customLong("setting"),
        help: ArgumentHelp(
            "A setting NAME=VALUE to vary (repeatable; NAME as in the configuration).",
            discussion: "Settings: \(Configuration.namedSettings.help)."))
    var settings: [String] = []

    /// `base` with the given settings applied in order.
    func applied(to base: Configuration) throws -> Configuration {
        try base.applying(settings)
    }

    /// Whether a setting of this name is given.
    func sets(_ name: String) -> Bool {
        Configuration.namedSettings.named(in: settings).contains(name)
    }
}
