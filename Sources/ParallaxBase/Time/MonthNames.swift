/// The one table of month names: the English names the temporal tagger and the cleaner read,
/// and the names and abbreviations of seven languages that page metadata and feeds use.
public enum MonthNames {
    /// English month names, lowercased, January first.
    public static let english = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// English abbreviations with their month ("may" is a name, not an abbreviation).
    public static let englishAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Names and abbreviations in English, German, French, Spanish, Portuguese, Italian and Dutch,
    /// lowercased; where two languages spell a month alike the month is the same, except the French
    /// "jui" (juin and juillet), read as June.
    public static let all: [String: Int] = {
        var table: [String: Int] = [:]
        // One row per language: its names, then its abbreviations, January first.
        let rows = [
            english.joined(separator: " "),
            "jan feb mar apr may jun jul aug sep oct nov dec",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "jan feb mär apr mai jun jul aug sept okt nov dez",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "jan fév mar avr mai jui jui aoû sep oct nov déc",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "ene feb mar abr may jun jul ago sep oct nov dic",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "jan fev mar abr mai jun jul ago set out nov dez",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "gen feb mar apr mag giu lug ago set ott nov dic",
            "januari februari maart april mei juni juli augustus september oktober november december",
            "jan feb maa apr mei jun jul aug sep okt nov dec",
        ]
        for row in rows {
            for (offset, name) in row.split(separator: " ").enumerated() where table[String(name)] == nil {
                table[String(name)] = offset + 1
            }
        }
        for (name, month) in englishAbbreviations { table[name] = month }
        let variants = ["maerz": 3, "jänner": 1, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12]
        for (name, month) in variants { table[name] = month }
        return table
    }()

    /// The month a lowercased word names in any of the seven languages, or nil.
    public static func number(_ word: String) -> Int? { all[word] }
}
