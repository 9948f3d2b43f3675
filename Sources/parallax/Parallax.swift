import ArgumentParser

@main
struct ParallaxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Turns many outlets' coverage of an event into one verified, cited brief per story.",
        subcommands: [
            DigestCommand.self, AnalyzeCommand.self, IngestCommand.self, StoriesCommand.self, BriefCommand.self,
            SearchCommand.self, WorkerCommand.self,
            ServeCommand.self, WatchCommand.self, TokenCommand.self, UserCommand.self, SettingsCommand.self,
            ExtractCommand.self, EvaluateCommand.self, BenchCommand.self, AlignCommand.self, CheckCommand.self,
        ],
        defaultSubcommand: nil)
}
