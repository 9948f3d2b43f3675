import Testing

@testable import ParallaxStore

/// How every store turns its driver's failures into `StoreError`.
@Suite("Store errors")
struct StoreErrorTests {
    struct DriverFailure: Error, Equatable { var text: String }
    struct ReadableFailure: Error { var driver: DriverFailure? }

    static func readable(_ error: any Error) -> any Error { ReadableFailure(driver: error as? DriverFailure) }

    @Test func aStoreErrorPassesOnAsItIsAndAnyOtherFailureIsWrapped() throws {
        #expect(try StoreError.wrapping(.databaseFailed, "unused") { 42 } == 42)

        let passed = #expect(throws: StoreError.self) {
            try StoreError.wrapping(.databaseFailed, "a write failed") {
                throw StoreError(.invalidFeed, "not a feed")
            }
        }
        #expect(passed?.code == .invalidFeed && passed?.message == "not a feed")

        var messagesMade = 0
        func message() -> String {
            messagesMade += 1
            return "a write failed"
        }
        _ = try StoreError.wrapping(.databaseFailed, message()) { 1 }
        #expect(messagesMade == 0, "the message is made only for a failure")

        let wrapped = #expect(throws: StoreError.self) {
            try StoreError.wrapping(.migrationFailed, message(), cause: Self.readable) { () throws -> Int in
                throw DriverFailure(text: "disk full")
            }
        }
        #expect(wrapped?.code == .migrationFailed && wrapped?.message == "a write failed")
        #expect((wrapped?.cause as? ReadableFailure)?.driver == DriverFailure(text: "disk full"))
        #expect(messagesMade == 1)
    }
}
