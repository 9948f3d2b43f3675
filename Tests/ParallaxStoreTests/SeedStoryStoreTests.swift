import Foundation
import Parallax
import ParallaxInputs
import ParallaxStore
import ParallaxTestSupport
import Testing

/// The seed story (`../shared/corpus/seed-story`, beside the repository in CI) through the store.
@Suite(
    "Seed story in the store",
    .enabled(if: SeedStory.folder != nil, "../shared/corpus/seed-story is absent: seed story checks skipped"))
struct SeedStoryStoreTests {
    @Test("ingesting the seed story twice adds nothing the second time")
    func ingestTwice() throws {
        let folder = try #require(SeedStory.folder?.path)
        let documents = InputReader().read(paths: [folder]).documents
        let database = try NewsroomDatabase.inMemory()
        let ingestor = Ingestor(database: database)

        let first = try ingestor.ingest(documents)
        let countsAfterFirst = try database.counts()
        let second = try ingestor.ingest(documents)

        #expect(first.added == documents.count)
        #expect(second.added == 0)
        #expect(second.duplicates == documents.count)
        #expect(second.storiesChanged == 0 && second.briefsWritten == 0)
        #expect(try database.counts() == countsAfterFirst)
        let story = try #require(try database.stories(StoryQuery(order: .biggest)).first)
        let detail = try #require(try database.story(story.id))
        #expect(detail.isBriefCurrent)
        #expect(detail.brief?.articleIDs.count == story.articleCount)
    }
}
