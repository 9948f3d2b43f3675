import Foundation
import Parallax
import ParallaxInputs

/// JSON lines (and, from the same bytes, plain text) through the input reader and the
/// article builder.
func fuzzJSONLReader(_ input: UnsafeRawBufferPointer) {
    let data = Data(input)
    let reader = InputReader()
    let read = reader.read(jsonLines: data, input: "fuzz.jsonl")
    let builder = ArticleBuilder()
    for document in read.documents { _ = builder.article(from: document) }
    _ = reader.read(text: data, input: "fuzz.txt")
}
