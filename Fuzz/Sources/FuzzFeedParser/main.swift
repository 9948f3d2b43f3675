import CFuzzerDriver
import Foundation

// libFuzzer runs `fuzzFeedParser` on each input; its flags (-max_total_time, -timeout, corpus folders)
// come from the command line.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { start, count in fuzzFeedParser(start!, count) })
