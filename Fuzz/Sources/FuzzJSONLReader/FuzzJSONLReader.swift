import Foundation
import Parallax
import ParallaxInputs

/// JSON lines (and, from the same bytes, plain text) through the input reader and the
/// article builder.
func fuzzJSONLReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = InputReader()
    let read = reader.read(jsonLines: data, input: "fuzz.jsonl")
    let builder = ArticleBuilder()
    for document in read.documents.prefix(20) { _ = builder.article(from: document) }
    _ = reader.read(text: data, input: "fuzz.txt")
    return 0
}
