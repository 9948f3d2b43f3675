import Testing

@testable import Parallax

/// Names on news the rules had not read (issue 13, twelfth round): a job closing a run of capitals
/// names a role, not a person, and the words around a single name make it an employer. Texts
/// written for these tests; each rule with a control.
@Suite("Roles and employers")
struct NameRoleTests {
    @Test func aJobClosingTheCapitalsNamesARoleNotAPerson() {
        let text =
            "The plant hired a new Deputy Managing Director last spring. Two Security Engineers "
            + "found the flaw. Each Software Engineer signs the code."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Deputy Managing Director"))
        #expect(!names.contains("Security Engineers"))
        #expect(!names.contains("Software Engineer"))
        // Control: a given name before a job word is a person's ("Billy King", "Mark Editor").
        #expect(type(of: "Dorothy Director", in: "Dorothy Director said the plant would close.") == .person)
    }

    @Test func thePlaceBeforeARoleIsStillNamed() {
        let text = "The Tarnwell Mayor spoke on Monday. Tarnwell is a river town."
        let mentions = entities(text)
        #expect(!mentions.contains { $0.name == "Tarnwell Mayor" })
        #expect(!mentions.contains { $0.type == .person })
        // Control: a body whose last word is its own (a paper named for its reporters) stays whole.
        #expect(entities("The Varlo Gazette printed the story.").contains { $0.name == "Varlo Gazette" })
    }

    @Test func aJobAtANameMakesItAnEmployer() {
        let text =
            "Quennick said the software was slow. She is an engineer at Quennick, and analysts at Quennick "
            + "met. Quennick launched a tool."
        #expect(type(of: "Quennick", in: text) == .organization)
        // Control: "at" after a verb that is no job says nothing ("looked at Quennick").
        let control = "Quennick said the software was slow. Everyone looked at Quennick. Quennick launched a tool."
        #expect(type(of: "Quennick", in: control) != .organization)
    }

    @Test func aCompanysPossessionMakesItABody() {
        let text = "Tarnvex said little. Tarnvex's shares fell, and Tarnvex's founder left. Tarnvex waited."
        #expect(type(of: "Tarnvex", in: text) == .organization)
        // Control: a possessive before what a person has too ("Tarnvex's speech") says nothing.
        let control = "Tarnvex said little. Tarnvex's speech was long, and Tarnvex's mood was dark. Tarnvex waited."
        #expect(type(of: "Tarnvex", in: control) != .organization)
        // Control: a town before an employer's possessive is no employer ("a job at Varlo's radio").
        let town = "Dask said little. Dask lost his job at Varlo's biggest radio station. Varlo waited."
        #expect(type(of: "Varlo", in: town) != .organization)
    }

    @Test func aLawmakersPartyTagNamesNoEntity() {
        let text = "Rep. Ilse Quennick (D-Mass.) said the bill was weak. Orrin Dask, R-Texas, agreed with her."
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.hasPrefix("D-") || $0.hasPrefix("R-") })
        #expect(names.contains("Ilse Quennick"))
        #expect(names.contains("Orrin Dask"))
        // Control: a capital, a hyphen and a capital inside a sentence, not after "(" or ", ", stays.
        #expect(entities("The D-Day landings began at dawn, and Dask spoke of D-Day.").contains { $0.name == "D-Day" })
    }

    @Test func aCompanysFirstWordIsItsShortForm() {
        let merged = story([
            "Dask took loans from Varnholt Quessel to fund the race.",
            "His wife is a managing director at Varnholt. Analysts at Varnholt agreed.",
        ])
        #expect(merged.contains { $0.name == "Varnholt Quessel" && $0.type == .organization })
        #expect(!merged.contains { $0.name == "Varnholt" })
        // Control: a person the story shortens to the surname stays a person.
        let person = story([
            "Dask took loans from Varnholt Quessel to fund the race. Quessel said the loans were legal.",
            "His wife is a managing director at Varnholt. Analysts at Varnholt agreed.",
        ])
        #expect(person.contains { $0.name == "Varnholt Quessel" && $0.type == .person })
    }
}
