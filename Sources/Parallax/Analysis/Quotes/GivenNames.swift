/// Common English given names by the gender news copy usually gives their bearers: a speaker's
/// first name tells which pronoun can refer back to them ("her agent, Mark Roesler" is not the
/// "she" of the next quotation). Names borne by men and women alike ("Jordan", "Leslie",
/// "Robin") are left out, so they say nothing.
enum GivenNames {
    static let female: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha",
        "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
        "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
        "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia",
        "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
        "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori",
    ]

    static let male: Set<String> = [
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
        "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl",
        "arthur", "lawrence", "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert",
        "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell",
        "bobby", "mason", "philip", "louis", "tom", "jim", "bill", "bob", "mike", "dave", "steve", "tony", "ed",
        "ted", "sergei", "ken", "chris", "tim", "greg",
    ]
}

extension Gender {
    init?(givenName: String) {
        let name = givenName.lowercased()
        if GivenNames.female.contains(name) {
            self = .female
        } else if GivenNames.male.contains(name) {
            self = .male
        } else {
            return nil
        }
    }
}
