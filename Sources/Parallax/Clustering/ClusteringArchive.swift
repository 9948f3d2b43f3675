internal import Foundation

/// The streaming clusterer's state as bytes, for the store to keep after every batch: the
/// fields its JSON form holds (settings, stories with their centroids and index entries,
/// events, vocabulary, postings, latest day), in the archives' varints and with every weight by
/// its bits, so a decoded clusterer scores every article to the last bit as the saved one did.
///
/// The JSON of 10,000 articles' state was 2 MB, and encoding it again for every batch was a
/// third of the writing thread's work (`docs/pipeline.md`). Stores written before keep JSON:
/// `isArchive` tells the two apart (JSON opens with `{`).
extension StoryClusterer {
    private static let archiveMagic: [UInt8] = Array("PXC".utf8) + [1]

    /// Whether `bytes` are an archive made by `archived()` rather than the clusterer's JSON.
    public static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: archiveMagic)
    }

    public func archived() -> [UInt8] {
        var writer = ArchiveWriter()
        writer.bytes = Self.archiveMagic
        // The settings as JSON (small, and read with their defaults where a setting is new),
        // keys sorted so the same state gives the same bytes.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        writer.data(Array((try? encoder.encode(configuration)) ?? Data()))
        writer.count(stories.count)
        for story in stories {
            writer.string(story.id)
            writer.count(story.size)
            writer.optionalInteger(story.firstDay)
            writer.optionalInteger(story.lastDay)
            writer.optionalCount(story.mergedInto)
            Self.write(story.terms, to: &writer)
            Self.write(story.names, to: &writer)
            Self.write(story.indexed, to: &writer)
        }
        writer.count(events.count)
        for event in events {
            writer.count(event.kind == .started ? 0 : 1)
            writer.string(event.story)
            writer.count(event.into == nil ? 0 : 1)
            if let into = event.into { writer.string(into) }
            writer.string(event.article)
        }
        writer.count(documentCount)
        writer.count(vocabulary.count)
        for term in 0..<vocabulary.count {
            writer.string(vocabulary.words[term])
            writer.count(vocabulary.isName[term] ? 1 : 0)
            writer.integer(Int(vocabulary.documentFrequency[term]))
        }
        writer.count(postings.count)
        for list in postings { Self.write(list, to: &writer) }
        writer.optionalInteger(latestDay)
        writer.count(addedSincePruning)
        return writer.bytes
    }

    /// The clusterer `archived()` wrote.
    public init(archive bytes: [UInt8]) throws(AnalysisArchive.DecodingError) {
        guard Self.isArchive(bytes) else { throw AnalysisArchive.DecodingError(offset: 0) }
        var reader = ArchiveReader(bytes: bytes, offset: Self.archiveMagic.count)
        let settings = try reader.data()
        guard let configuration = try? JSONDecoder().decode(ClusteringConfiguration.self, from: Data(settings)) else {
            throw AnalysisArchive.DecodingError(offset: reader.offset)
        }
        self.init(configuration: configuration)
        let storyCount = try reader.count()
        for _ in 0..<storyCount {
            var story = StoryCluster(id: try reader.string(), size: try reader.count())
            story.firstDay = try reader.optionalInteger()
            story.lastDay = try reader.optionalInteger()
            story.mergedInto = try reader.optionalCount()
            story.terms = try Self.readTable(&reader)
            story.names = try Self.readTable(&reader)
            story.indexed = try Self.readNumbers(&reader)
            stories.append(story)
        }
        let eventCount = try reader.count()
        for _ in 0..<eventCount {
            let kind: ClusteringEvent.Kind = try reader.count() == 0 ? .started : .merged
            let story = try reader.string()
            let into = try reader.count() == 0 ? nil : try reader.string()
            events.append(ClusteringEvent(kind: kind, story: story, into: into, article: try reader.string()))
        }
        documentCount = try reader.count()
        let wordCount = try reader.count()
        var words: [String] = []
        var isName: [Bool] = []
        var frequencies: [Int32] = []
        for _ in 0..<wordCount {
            words.append(try reader.string())
            isName.append(try reader.count() != 0)
            frequencies.append(Int32(truncatingIfNeeded: try reader.integer()))
        }
        vocabulary = Vocabulary(words: words, isName: isName, documentFrequency: frequencies)
        let postingCount = try reader.count()
        for _ in 0..<postingCount { postings.append(try Self.readNumbers(&reader)) }
        latestDay = try reader.optionalInteger()
        addedSincePruning = try reader.count()
        guard reader.offset == bytes.count else { throw AnalysisArchive.DecodingError(offset: reader.offset) }
    }

    /// Numbers as differences from the one before (small for sorted term and story ids).
    private static func write(_ numbers: [Int32], to writer: inout ArchiveWriter) {
        writer.count(numbers.count)
        var previous: Int32 = 0
        for number in numbers {
            writer.integer(Int(number) - Int(previous))
            previous = number
        }
    }

    private static func readNumbers(_ reader: inout ArchiveReader) throws(AnalysisArchive.DecodingError) -> [Int32] {
        let count = try reader.count()
        guard count <= reader.bytes.count - reader.offset else {
            throw AnalysisArchive.DecodingError(offset: reader.offset)
        }
        var numbers: [Int32] = []
        numbers.reserveCapacity(count)
        var previous = 0
        for _ in 0..<count {
            previous += try reader.integer()
            numbers.append(Int32(truncatingIfNeeded: previous))
        }
        return numbers
    }

    private static func write(_ table: WeightTable, to writer: inout ArchiveWriter) {
        write(table.terms, to: &writer)
        for weight in table.weights { writer.float(weight) }
        writer.double(table.norm)
    }

    private static func readTable(_ reader: inout ArchiveReader) throws(AnalysisArchive.DecodingError) -> WeightTable {
        let terms = try readNumbers(&reader)
        var weights: [Float] = []
        weights.reserveCapacity(terms.count)
        for _ in terms { weights.append(try reader.float()) }
        return WeightTable(terms: terms, weights: weights, norm: try reader.double())
    }
}
