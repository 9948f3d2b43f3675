import Foundation
import Testing

@testable import ParallaxStore

/// A MinHash signature's stored bytes, made and read at once, are those the byte-by-byte way
/// made and read.
@Suite("Signature bytes")
struct SignatureBytesTests {
    /// The longer way `ArticleRecord.minHash` replaced: each word's bytes appended to `Data`.
    static func minHashByBytes(_ signature: [UInt64]) -> Data {
        var data = Data()
        for word in signature {
            for shift in stride(from: 0, to: 64, by: 8) {
                data.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return data
    }

    /// The longer way `ArticleRecord.signature(from:)` replaced: each 8 bytes sliced and folded.
    static func signatureBySlices(_ data: Data) -> [UInt64] {
        stride(from: 0, to: data.count - 7, by: 8).map { offset in
            data[(data.startIndex + offset)..<(data.startIndex + offset + 8)].reversed().reduce(0) {
                $0 << 8 | UInt64($1)
            }
        }
    }

    @Test func bytesAreTheByteByByteOnes() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 64, 128] {
            for _ in 0..<50 {
                let signature = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
                let data = ArticleRecord.minHash(signature)
                #expect(data == Self.minHashByBytes(signature))
                #expect(ArticleRecord.signature(from: data) == signature)
            }
        }
    }

    /// Stored bytes of any length, and slices that do not start at zero (as `Data` read from a
    /// row may be), read as the slicing way read them: one word for every whole 8 bytes.
    @Test func readsAnyBytesAsTheSlicingWay() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            let bytes = (0..<(length + 5)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = Data(bytes.prefix(length))
            #expect(ArticleRecord.signature(from: whole) == Self.signatureBySlices(whole))
            let slice = Data(bytes)[5...]
            #expect(ArticleRecord.signature(from: slice) == Self.signatureBySlices(slice))
        }
    }
}
