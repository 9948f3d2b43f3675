import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOEmbedded
import Parallax
import ParallaxInputs
import ParallaxServer
import ParallaxStore

/// The newsroom's routes over a temporary SQLite store (the same WAL file store `serve` opens)
/// holding the repository's sample story (`Samples/news`) and two small articles of its own,
/// one with a non-ASCII id; made once per run and removed at exit. An input is a request: the
/// first line `METHOD TARGET`, then `Name: value` header lines, an empty line and the body.
/// Requests carry an editor's token unless they name their own `Authorization`. A crash, a hang
/// or a 5xx other than 503 (a search stopped at its deadline) is a finding.
enum Newsroom {
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("parallax-fuzz-\(ProcessInfo.processInfo.processIdentifier)").path
    static let database: NewsroomDatabase = {
        try? FileManager.default.removeItem(atPath: folder)
        atexit { try? FileManager.default.removeItem(atPath: Newsroom.folder) }
        return try! NewsroomDatabase.open(path: folder + "/newsroom.sqlite")
    }()
    static let token = try! database.issueToken(role: .editor).secret
    static let responder: RouterResponder<NewsroomServer.Context> = {
        let extra = """
            {"id":"fuzz-1","title":"Harbour bridge closes","outlet":"Gazette","published":"2026-05-04","url":"https://gazette.example/bridge","text":"The harbour bridge closed on Monday after inspectors found cracks.\\n\\n\\"We will not reopen it until it is safe,\\" said engineer Mara Velden."}
            {"id":"café-2","title":"Bridge shut for weeks","outlet":"Ledger","published":"2026-05-05","text":"Inspectors closed the harbour bridge, engineer Mara Velden said. Repairs could take eight weeks."}
            """
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Samples/news").standardized.path
        let reader = InputReader()
        let documents =
            reader.read(paths: [samples]).documents + reader.read(jsonLines: Data(extra.utf8), input: "fuzz").documents
        precondition(documents.count > 2, "the sample story in \(samples) was not read")
        _ = try! Ingestor(database: database).ingest(documents)
        var configuration = ServerConfiguration()
        configuration.maximumBodyBytes = 1 << 16
        // Argon2 at its shipped cost takes 19 MB and tens of milliseconds per sign-in; the fuzzer
        // looks for crashes in the routes, not in libargon2.
        configuration.passwordCosts.memoryKiB = 64
        configuration.passwordCosts.iterations = 1
        return NewsroomServer.router(database: database, configuration: configuration).buildResponder()
    }()
    static let logger = Logger(label: "fuzz")
    /// One channel for every request: a testing channel made per request is never closed, and
    /// each one's event loop and buffers stayed alive (11 KB a request), which looked like the
    /// server's memory growing.
    static let channel = NIOAsyncTestingChannel()
    static let methods: [String: HTTPRequest.Method] = [
        "GET": .get, "HEAD": .head, "POST": .post, "PUT": .put, "DELETE": .delete, "OPTIONS": .options,
    ]

    static func request(_ bytes: [UInt8]) -> Request {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false)
        let requestLine = String(decoding: lines.removeFirst(), as: UTF8.self).split(separator: " ", maxSplits: 1)
        let method = requestLine.first.flatMap { methods[String($0)] } ?? .get
        var target = requestLine.count > 1 ? String(requestLine[1]) : "/"
        if !target.hasPrefix("/") { target = "/" + target }
        var rest = lines.first.map(Array.init) ?? []
        var fields = HTTPFields()
        fields[.authorization] = "Bearer \(token)"
        var namedAuthorization = false
        while let end = rest.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: rest[..<end], as: UTF8.self)
            rest = Array(rest[(end + 1)...])
            guard let colon = line.firstIndex(of: ":") else { break }
            if let name = HTTPField.Name(String(line[..<colon])) {
                if name == .authorization && !namedAuthorization {
                    fields[.authorization] = nil
                    namedAuthorization = true
                }
                fields.append(
                    HTTPField(name: name, value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                )
            }
        }
        let head = HTTPRequest(
            method: method, scheme: "http", authority: "127.0.0.1", path: target, headerFields: fields)
        return Request(head: head, body: RequestBody(buffer: ByteBuffer(bytes: rest)))
    }
}

/// Takes a response body and keeps nothing.
struct DiscardingBodyWriter: ResponseBodyWriter {
    mutating func write(_ buffer: ByteBuffer) async throws {}
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// Carries the status out of the task that answered.
final class StatusBox: @unchecked Sendable {
    var status = 0
}

func fuzzRoutes(_ input: UnsafeRawBufferPointer) {
    let bytes = Array(input)
    let request = Newsroom.request(bytes)
    let done = DispatchSemaphore(value: 0)
    let box = StatusBox()
    Task {
        let context = NewsroomServer.Context(
            source: ApplicationRequestContextSource(channel: Newsroom.channel, logger: Newsroom.logger))
        do {
            let response = try await Newsroom.responder.respond(to: request, context: context)
            box.status = response.status.code
            // Pages and feeds may render while their body is written: write it out.
            try await response.body.write(DiscardingBodyWriter())
        } catch let error as any HTTPResponseError {
            box.status = error.status.code
        } catch {
            box.status = -1
        }
        done.signal()
    }
    done.wait()
    if box.status >= 500 && box.status != 503 || box.status < 0 {
        fatalError("\(request.method) \(request.uri): status \(box.status)")
    }
}
