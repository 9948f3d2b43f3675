/// Common English given names by the gender news copy usually gives their bearers: a speaker's
/// first name tells which pronoun can refer back to them ("her agent, Mark Roesler" is not the
/// "she" of the next quotation). Names borne by men and women alike ("Jordan", "Leslie",
/// "Robin") are left out, so they say nothing.
enum GivenNames {
    static let female: Set<String> = WordLists.entries(PackageResources.given_names_female_txt)

    static let male: Set<String> = WordLists.entries(PackageResources.given_names_male_txt)

    /// The 1990 US Census names one sex bears at least ten times as often as the other (and at least
    /// 0.01 % of that sex does), left out of the hand-made lists ("Hugh", "Bettie"): read only for a
    /// speaker's gender, so the entity recognizer's names stay as they were (scripts/given-names.py;
    /// thirteenth round).
    static let censusFemale: Set<String> = WordLists.entries(PackageResources.census_given_names_female_txt)

    static let censusMale: Set<String> = WordLists.entries(PackageResources.census_given_names_male_txt)
}

extension Gender {
    /// A speaker's gender by first name: the hand-made lists, then the census ones.
    init?(speakerGivenName: String) {
        guard
            let gender = Gender(givenName: speakerGivenName)
                ?? Gender(name: speakerGivenName, female: GivenNames.censusFemale, male: GivenNames.censusMale)
        else { return nil }
        self = gender
    }

    init?(givenName: String) {
        self.init(name: givenName, female: GivenNames.female, male: GivenNames.male)
    }

    private init?(name: String, female: Set<String>, male: Set<String>) {
        let name = name.lowercased()
        if female.contains(name) {
            self = .female
        } else if male.contains(name) {
            self = .male
        } else {
            return nil
        }
    }
}
