/// Common English given names by the gender news copy usually gives their bearers: a speaker's
/// first name tells which pronoun can refer back to them ("her agent, Mark Roesler" is not the
/// "she" of the next quotation). Names borne by men and women alike ("Jordan", "Leslie",
/// "Robin") are left out, so they say nothing.
enum GivenNames {
    static let female: Set<String> = WordLists.entries(PackageResources.given_names_female_txt)

    static let male: Set<String> = WordLists.entries(PackageResources.given_names_male_txt)
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
