import Foundation
import ParallaxTestSupport
import Testing

/// The tests' own way of running programs: a child that never ends is killed at its limit and
/// reported, and its output is read whole, and seen while it runs.
@Suite("Children of the tests")
struct ChildProcessTests {
    @Test("a child past its time limit is killed and the run says so")
    func aChildPastItsLimitIsKilled() async throws {
        let child = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "echo begun; exec sleep 600"])
        _ = await child.waitForOutput(/(begun)/, within: .seconds(60))
        let ending = await child.ending(within: .milliseconds(500))
        #expect(ending.signalled && ending.status == SIGKILL)
        #expect(ending.stdout == "begun\n")
        #expect(ending.stderr.contains("killed after 0.5 s"), "\(ending.stderr)")
    }

    @Test("both outputs are read whole while the child writes more than a pipe holds")
    func outputsAreReadWhole() async throws {
        let script = "head -c 300000 /dev/zero | tr '\\0' a; head -c 200000 /dev/zero | tr '\\0' b >&2; exit 3"
        let child = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        let ending = await child.ending()
        #expect(!ending.signalled && ending.status == 3)
        #expect(ending.stdout.count == 300_000 && ending.stderr.count == 200_000)
    }

    @Test("a child starts with no signal blocked, though the thread that starts it blocks most")
    func aChildTakesSignals() async throws {
        let child = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "echo begun; exec sleep 600"])
        _ = await child.waitForOutput(/(begun)/, within: .seconds(30))
        child.send(SIGTERM)
        let ending = await child.ending(within: .seconds(120))
        #expect(ending.signalled && ending.status == SIGTERM, "\(ending.stderr)")
    }

    @Test("a line the child prints is found while it runs")
    func outputIsSeenWhileTheChildRuns() async throws {
        let child = try ChildProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "echo 'serving http://x:1/'; exec sleep 600"])
        let address = await child.waitForOutput(/serving (http:\/\/[^\/\s]+)\//, within: .seconds(30))
        #expect(address == "http://x:1")
        child.send(SIGKILL)
        let ending = await child.ending()
        #expect(ending.signalled && ending.status == SIGKILL)
    }
}
