import Foundation

// `parallax-fuzz TARGET [libFuzzer arguments]`: libFuzzer's driver runs the named target on
// every input; its flags (-max_total_time, -timeout, -rss_limit_mb, corpus folders, or input
// files to replay) follow the target's name.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: parallax-fuzz TARGET [libFuzzer arguments]; targets: \(names)\n".utf8))
    exit(2)
}
// The driver sees the program name and the arguments after the target's name.
var driverArguments: [UnsafeMutablePointer<CChar>?] =
    [CommandLine.unsafeArgv[0]] + (2..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] }
exit(FuzzTarget.runDriver(target, arguments: &driverArguments))
