import Testing

@testable import Parallax

/// An event noun that modifies a role noun ("a bomb technician", "the murder suspect", "the fire
/// chief") names the role and tells no happening of its sentence (`ClaimReader.namesARole`;
/// docs/claims.md, twelfth pass).
@Suite("Event nouns naming a role")
struct RoleNounHappeningTests {
    func claim(_ text: String) throws -> Claim { try SupportClauseTests().claim(text) }

    @Test func anEventNounBeforeARoleNounIsNoHappening() throws {
        let careers = try claim(
            "Captain Tennant was a 28-year veteran of the force, and Trooper Hakim, a bomb technician, had served 11 years."
        )
        #expect(!careers.happening.contains("attack"), "\(careers.happening)")
        #expect(try !claim("The murder suspect appeared in court in Velmora on Monday.").happening.contains("death"))
        #expect(try !claim("OSP bomb technicians examined the package on Friday.").happening.contains("attack"))
        // Controls: the same noun as the happening itself, and a role noun after a verb (no article before it).
        #expect(try claim("A bomb exploded at the Velmora bank on Friday.").happening.contains("attack"))
        #expect(try claim("The bomb killed a technician at the Velmora bank.").happening.contains("attack"))
        #expect(try claim("Velmora police arrest suspect in the bank robbery.").happening.contains("arrest"))
    }

    @Test func aVictimTellsTheHappening() throws {
        // "Victim" is left out of the role heads: the shooting befell the victim.
        #expect(try claim("The shooting victim was taken to Velmora General on Friday.").happening.contains("shoot"))
        // Nor is a participle or an adjective a role's name: "an injured person" was injured.
        #expect(try claim("I saw an injured person being taken to the Velmora hospital.").happening.contains("injure"))
        #expect(try claim("Divers found a dead man in Velmora harbour.").happening.contains("death"))
    }
}
