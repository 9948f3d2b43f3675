import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Parallax
import ParallaxInputs
import ParallaxServer
import ParallaxStore
import Testing

/// The story page's pictures match the brief the API serves.
@Suite("Coverage picture and fact matrix")
struct PicturesTests {
    @Test("every dated article is one linked dot, and every fact's marks agree with its sources")
    func marksMatchTheJSON() async throws {
        let database = try NewsroomDatabase.inMemory()
        let app = Application(router: NewsroomServer.router(database: database, configuration: ServerConfiguration()))
        let read = InputReader().read(
            jsonLines: Data(
                [BridgeReports.gazette, BridgeReports.ledger, FollowTests.herald].joined(separator: "\n").utf8),
            input: "tests")
        _ = try Ingestor(database: database).ingest(read.documents)
        let storyID = try #require(try database.article("gazette-1")?.story?.id)
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/stories/\(storyID)", method: .get).body)
            let api = try await client.execute(uri: "/api/stories/\(storyID)", method: .get)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(api.body.readableBytesView)) as? [String: Any])
            let articles = try #require(json["articles"] as? [[String: Any]])
            let story = try #require((json["stories"] as? [[String: Any]])?.first)
            let facts = try #require(story["facts"] as? [[String: Any]])

            // Coverage: one dot per dated article, linked to its page.
            let dated = articles.filter { $0["published"] is String }.compactMap { $0["id"] as? String }
            let dots = Self.values(of: "data-article", in: page)
            #expect(dots.sorted() == dated.sorted())
            for id in dated { #expect(page.contains("<a href=\"/articles/\(id)\" data-mark=\"article\"")) }
            #expect(page.contains("<title id=\"coverage-title\">"))
            #expect(page.contains("Coverage as a table"))

            // Matrix: a supporting mark for each outlet among a fact's sources; a cell for every pair.
            let outletOf = Dictionary(
                uniqueKeysWithValues: articles.compactMap { article -> (String, String)? in
                    guard let id = article["id"] as? String else { return nil }
                    return (id, article["outlet"] as? String ?? id)
                })
            let outlets = Set(outletOf.values)
            let supporting = facts.map { fact in
                Set((fact["sources"] as? [String] ?? []).compactMap { outletOf[$0] }).count
            }
            let marks = Self.count("data-mark=\"supports\"", in: page)
            let contradicting = Self.count("data-mark=\"contradicts\"", in: page)
            let silent = Self.count("data-mark=\"silent\"", in: page)
            #expect(!facts.isEmpty)
            #expect(marks == supporting.reduce(0, +))
            #expect(marks + contradicting + silent == facts.count * outlets.count)
            #expect(page.contains("#:~:text="))
            #expect(!page.contains("<script"))
        }
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static func values(of attribute: String, in text: String) -> [String] {
        text.components(separatedBy: "\(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
