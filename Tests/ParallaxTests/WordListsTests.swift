import Foundation
import Testing

@testable import Parallax

/// The word lists kept as data files (`Sources/Parallax/WordLists`) read as they were written.
@Suite struct WordListsTests {
    @Test func entriesAreLinesButCommentsAndBlankLines() {
        let file = Array("# a comment\nnew york \r\n\n\tkyiv\n  # indented comment\nnew york\nlast".utf8)
        #expect(WordLists.entries(file) == ["new york", "kyiv", "last"])
        #expect(WordLists.entries([]).isEmpty)
    }

    @Test func pairsSplitAtTheFirstTab() {
        let file = Array("# a comment\nsaudi\tsaudi arabia\n\tczech\tczech republic \nno tab here\na\tb\tc\n".utf8)
        #expect(WordLists.pairs(file) == ["saudi": "saudi arabia", "czech": "czech republic", "a": "b\tc"])
    }

    /// The sizes and some entries of each list, as they were when the lists were Swift literals.
    @Test func everyListIsReadWhole() {
        #expect(StopWords.english.count == 243)
        #expect(GivenNames.female.count == 99)
        #expect(GivenNames.male.count == 114)
        #expect(SummaryWriter.roleNouns.count == 82)
        #expect(EntityLexicon.places.count == 333)
        #expect(EntityLexicon.countryOfNationality.count == 65)
        #expect(EntityLexicon.countryOfNationality["saudi"] == "saudi arabia")
        #expect(EntityLexicon.countryOfNationality["argentinian"] == "argentina")
        #expect(StopWords.english.isSuperset(of: ["a", "about", "whose", "according"]))
        #expect(GivenNames.female.isSuperset(of: ["mary", "lori"]) && GivenNames.male.contains("james"))
        #expect(SummaryWriter.roleNouns.isSuperset(of: ["expert", "statement"]))
        #expect(EntityLexicon.places.isSuperset(of: ["afghanistan", "new york", "st. petersburg", "u.s"]))
        let lists = [
            StopWords.english, GivenNames.female, GivenNames.male, SummaryWriter.roleNouns, EntityLexicon.places,
            Set(EntityLexicon.countryOfNationality.keys), Set(EntityLexicon.countryOfNationality.values),
        ]
        for entry in lists.flatMap({ $0 }) {
            #expect(entry == entry.lowercased() && entry == entry.trimmingCharacters(in: .whitespaces), "\(entry)")
        }
    }
}
