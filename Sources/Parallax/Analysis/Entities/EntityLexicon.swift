internal import ParallaxBase

/// Word lists the entity recognizer types names with.
enum EntityLexicon {
    /// Titles and roles that precede a person's name.
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "speaker", "governor", "senator",
        "sen", "rep", "representative", "general", "gen", "chancellor", "king", "queen", "prince",
        "princess", "pope", "mr", "mrs", "ms", "dr", "professor", "prof", "ambassador", "mayor",
        "director", "chairman", "chairwoman", "chair", "ceo", "chief", "judge", "justice",
        "commissioner", "envoy", "spokesman", "spokeswoman", "spokesperson", "colonel", "col",
        "captain", "capt", "lieutenant", "lt", "sergeant", "admiral", "commander", "deputy",
        "foreign", "defense", "defence", "interior", "finance", "state", "affairs", "of",
        "leader", "dictator", "sheikh", "emir", "sultan", "archbishop", "bishop", "patriarch",
        "father", "sister", "saint", "st", "officer", "inspector", "detective", "editor",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "lawmaker",
        "legislator", "congressman", "congresswoman", "rabbi", "imam", "reverend", "rev",
        "analyst", "economist", "activist", "lawyer", "attorney", "correspondent", "reporter",
        "coach", "major", "marshal", "superintendent", "constable", "premier", "president-elect",
        // Roles news copy sets before a name: "team owner Arte Moreno", "General Manager Ed
        // Stefanski", "GM Theo Epstein", "Secretary of Commerce Gary Locke", "actor Leonardo DiCaprio".
        "owner", "manager", "gm", "commerce", "actor", "actress", "broadcaster", "producer", "filmmaker",
        "comedian", "singer",
        // Roles in sport: "referee Tony Weeks".
        "referee", "umpire",
        // Abbreviated ranks: "Gov. Sarah Palin", "Sgt. Barry Whiteside", "Det. Ana Cruz".
        "gov", "sgt", "cpl", "det", "supt", "atty", "const", "cst",
        // State legislators: "Assemblywoman Claudia Tenney".
        "assemblyman", "assemblywoman", "assemblymember",
    ]

    /// Plurals of titles before two names or more ("Senators Rubio and Cruz", "Sens. Joe Manchin
    /// (D-WV), Bob Casey Jr.", "Professors Foner and Alba"): a title too. Not "presidents" ("Presidents
    /// Day"), "kings", "queens" or "saints", which name teams and places. Eleventh round: read in names
    /// typed a person in the PolNeAR train half the tenth round did not read.
    static let pluralTitles: Set<String> = [
        "senators", "sens", "reps", "representatives", "congressmen", "congresswomen", "governors", "govs",
        "mayors", "professors", "profs", "justices", "judges", "ministers", "ambassadors",
    ]

    /// A title or a title's plural.
    static func isTitle(_ lower: String) -> Bool {
        titles.contains(lower) || pluralTitles.contains(lower)
    }

    /// Words that make a name an organization.
    static let organizationWords: Set<String> = [
        "ministry", "ministries", "institute", "university", "council", "committee", "party",
        "agency", "bank", "company", "corporation", "corp", "inc", "ltd", "group", "board",
        "court", "parliament", "duma", "army", "navy", "forces", "force", "union",
        "association", "organization", "organisation", "foundation", "service", "services",
        "office", "department", "commission", "news", "times", "post", "press", "radio",
        "kremlin", "pentagon", "congress", "senate", "assembly", "fund", "guard", "police",
        "club", "center", "centre", "media", "network", "team", "administration", "government",
        "cabinet", "authority", "authorities", "railways", "airlines", "bureau", "tribunal",
        "church", "school", "college", "academy", "hospital", "museum", "project", "alliance",
        "coalition", "movement", "front", "brigade", "regiment", "fleet", "nations", "bbc",
        "nato", "gru", "fsb", "kgb", "cia", "fbi", "opec", "who", "imf", "un", "eu", "npr",
        "dw", "tass", "reuters", "ap", "afp", "white", "house", "journal", "gazette", "tribune",
        "herald", "telegraph", "guardian", "observer", "broadcasting", "television", "tv",
        "affairs", "transit", "transport", "metro", "railway", "airways", "airline", "motors",
        "systems", "technologies", "industries", "holdings", "partners", "capital", "energy",
        "institution", "society", "federation", "league", "chamber", "trust",
        "rescue", "exchange", "reserve", "command", "corps", "unit", "division", "watch",
        "international", "laboratory", "lab", "labs", "clinic", "studio", "studios", "magazine",
        // Companies' own last words: "Summit Entertainment", "Gordon Advisors", "Paperny Films".
        "entertainment", "pictures", "films", "records", "advisors", "advisers", "associates", "consulting",
        "products", "distribution", "communications", "enterprises", "solutions", "brands", "foods",
        "pharmaceuticals", "insurance", "financial", "securities", "investments", "realty", "properties",
        "llc", "llp", "plc", "gmbh",
        // Street gangs: "the Avenues Gang".
        "gang",
        // Trades' last words: "Matanuska Maid Dairy", "Tallgrass Distributors".
        "dairy", "creamery", "distributors", "brewery", "bakery",
        // A party's gathering ("Democratic National Convention"), not a person's "National Convention"
        // after its party word; eleventh round, in PolNeAR stories of 2016.
        "convention",
    ]

    /// Words that make a body a company, whose first words alone name it too ("Tallgrass" of
    /// "Tallgrass Distributors Ltd.", "Kraft" of "Kraft Foods"); not "Police" or "Council", whose
    /// first words name a place.
    static let companyWords: Set<String> = Set([
        "ltd", "inc", "corp", "corporation", "llc", "llp", "plc", "gmbh", "co", "company", "distributors",
        "foods", "dairy", "creamery", "entertainment", "films", "pictures", "studios", "records", "advisors",
        "advisers", "products", "industries", "enterprises", "holdings", "motors", "airlines", "brands",
        "pharmaceuticals",
    ]).union(companySuffixes)

    /// Legal and trade suffixes that close companies' names ("Upjohn Co", "Anheuser-Busch Cos", "Allianz
    /// AG", "Orkem S.A.", "Showa Denko K.K."), read at a name's end only ("AG Schneiderman" is a
    /// title). Tenth round: read in the TimeBank open documents' stories, where 15 such names were
    /// typed a person.
    static let companySuffixes: Set<String> = [
        "co", "cos", "ag", "sa", "nv", "bv", "kk", "spa", "oy", "ab", "pty", "bhd", "sarl", "srl", "ltda", "bancorp",
        "bancshares",
    ]

    /// Body nouns that name no body alone ("the Committee", "the Council said"): a short reference to
    /// a longer name, never a key player by itself; not "Congress", "Senate" or "Police", which do.
    static let genericBodyWords: Set<String> = [
        "committee", "council", "commission", "department", "ministry", "board", "agency", "bureau", "office",
        "authority", "tribunal", "association", "foundation", "institute", "panel", "subcommittee", "convention",
    ]

    /// Bodies named by their subject after "on" ("Committee on Foreign Relations", "Commission on
    /// Human Rights"); not "Center on ABC" nor "Services on West Fifth", which say where.
    static let subjectBodyWords: Set<String> = [
        "committee", "subcommittee", "council", "commission", "panel", "conference",
    ]

    /// Plural last words that make a place's name no team ("Colorado Springs", "Iowa Caucuses",
    /// "Beijing Olympics"); see `EntityRecognizer.isTeamName`.
    static let nonTeamPlurals: Set<String> = [
        "springs", "falls", "heights", "hills", "islands", "mountains", "lakes", "keys", "plains", "gardens",
        "woods", "sands", "olympics", "games", "caucuses", "primaries", "elections", "talks", "accords",
        "awards", "championships", "times", "news", "affairs", "studios", "pictures", "films", "records",
    ]

    /// Countries, capitals, regions and other well-known places.
    static let places: Set<String> = WordLists.entries(PackageResources.places_txt)

    /// Last words of place names: "Sallow Province", "Quarn Bridge", "Bridge Street"; first
    /// words of "Gulf of Mexico".
    static let placeSuffixes: Set<String> = [
        "province", "district", "region", "oblast", "krai", "county", "territory",
        "valley", "river", "lake", "sea", "ocean", "gulf", "bay", "strait", "island", "islands",
        "peninsula", "mountains", "mountain", "hills", "desert", "forest", "coast", "city", "town",
        "village", "street", "avenue", "road", "square", "bridge", "port", "harbour", "harbor",
        "airport", "station", "canal", "dam", "reservoir", "park", "heights", "plain", "basin",
        "republic", "kingdom", "emirates", "hemisphere", "end", "cross", "wood", "point", "hill",
        "head", "green", "row", "lane", "terrace", "crescent", "gardens", "quay", "wharf",
        // Buildings and grounds: "SAP Arena", "Ice Cream Shop", "Central Jail".
        "arena", "stadium", "shop", "store", "mall", "restaurant", "hotel", "temple", "mosque", "cathedral",
        "prison", "jail",
        // Roads and foreign squares and grounds: "American Boulevard", "Stade de Suisse".
        "boulevard", "blvd", "ave", "corridor", "parkway", "highway", "freeway", "expressway", "plaza", "piazza",
        "stade", "estadio",
    ]

    /// Lower-case nouns after a name that make it a place ("Qeshm island", "a Brooklyn street"), and
    /// the heads of appositions that do ("Astoria, a neighborhood of Queens", "the capital").
    static let placeNouns: Set<String> = [
        "province", "district", "region", "county", "valley", "river", "lake", "island", "islands", "peninsula",
        "city", "town", "village", "street", "avenue", "road", "square", "airport", "neighborhood",
        "neighbourhood", "suburb", "borough", "township", "capital", "community", "hamlet", "municipality",
        "enclave",
    ]

    /// Heads of appositions that make the name before them a person ("Kimani Gray, a student at",
    /// "Rahman, the former champion,"), with `titles` and kin.
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "teen", "teenager", "child", "student", "resident", "native", "veteran",
        "victim", "suspect", "driver", "worker", "employee", "member", "friend", "neighbor", "neighbour",
        "player", "star", "writer", "author", "artist", "musician", "rapper", "boxer", "fighter", "champion",
        "athlete", "pitcher", "quarterback", "guard", "forward", "striker", "midfielder", "defender", "rookie",
        "businessman", "businesswoman", "entrepreneur", "billionaire", "millionaire", "candidate", "politician",
        "official", "executive", "founder", "chef", "doctor", "nurse", "teacher", "pastor", "priest", "soldier",
        "model", "designer", "photographer", "journalist", "commentator", "expert", "scientist", "researcher",
        "biologist", "engineer", "pilot", "survivor", "witness", "partner", "mom", "dad", "retiree", "inmate",
        "prisoner", "gunman", "shooter", "killer", "attacker", "customer", "passenger", "pedestrian", "motorist",
        "fan", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow",
        "grandmother", "grandfather", "girlfriend", "boyfriend", "actor", "actress", "singer", "director",
        "accountant", "programmer", "consultant", "clerk", "cashier", "owner", "spokesman", "spokeswoman",
        "democrat", "rival", "anchor",
    ]

    /// Title words that qualify another title and are no role alone ("Foreign Minister", "Vice
    /// President", "a major"): no person by themselves at the head of an apposition.
    static let titleQualifiers: Set<String> = [
        "of", "state", "affairs", "foreign", "vice", "general", "major", "interior", "finance", "defense",
        "defence", "commerce", "chief", "deputy", "prime", "saint", "st",
    ]

    /// Heads of appositions that make the name before them a body: "Rite Aid, the drugstore
    /// chain,", "Summit, the studio behind", "the country's largest bank".
    static let bodyNouns: Set<String> = [
        "company", "firm", "chain", "retailer", "maker", "manufacturer", "supplier", "distributor", "operator",
        "provider", "carrier", "airline", "bank", "lender", "insurer", "group", "organization", "organisation",
        "agency", "network", "broadcaster", "newspaper", "paper", "magazine", "website", "publisher", "studio",
        "label", "team", "club", "franchise", "party", "union", "association", "charity", "nonprofit",
        "foundation", "startup", "conglomerate", "giant", "subsidiary", "department", "ministry", "commission",
        "committee", "council", "court", "school", "university", "college", "hospital", "church", "museum",
        "institute", "gang", "militia", "band", "outlet", "developer", "regulator", "watchdog", "authority",
        "corporation", "cooperative", "coalition", "alliance", "federation", "league", "government",
        "administration", "utility", "exchange", "fund", "trust", "bureau", "business", "restaurant",
        "brewery", "dairy", "bakery", "producer", "channel", "service",
    ]

    /// Roles in transcript speaker labels ("HOST:", "DANIEL KORRIGAN, BYLINE:"), not names.
    static let speakerRoles: Set<String> = [
        "host", "byline", "anchor", "announcer", "moderator", "narrator", "interviewer",
        "reporter", "correspondent", "unidentified", "person", "crowd", "caller", "guest",
    ]

    /// Words before a name that make it a place: "in Pellingford", "near Harnow".
    static let placePrepositions: Set<String> = [
        // Not "toward": "hatred directed toward Palin".
        "in", "from", "near", "outside", "across", "throughout", "into", "via",
    ]

    /// Prepositions and conjunctions outside the stop words that open a sentence before a name and
    /// are no part of it ("Outside Carrier's plant", "Given Obama's approval", "Beyond Trump",
    /// "Whenever Ms. Lee"): a closed class of words, not names. Eleventh round: read at the start of
    /// names typed a person in the PolNeAR train half the tenth round did not read (four kinds).
    static let clauseOpeners: Set<String> = [
        "outside", "inside", "beyond", "alongside", "given", "despite", "unlike", "behind", "throughout", "besides",
        "beside", "across", "near", "beneath", "underneath", "amongst", "amidst", "onto", "atop", "aboard",
        "following", "including", "regarding", "concerning", "considering", "excluding", "barring",
        "notwithstanding", "plus", "minus", "whenever", "unless", "whereas", "wherever", "meanwhile", "moreover",
        "instead",
    ]

    /// Greetings and answers that open spoken lines: "Hi", "Yes", "Well".
    static let interjections: Set<String> = [
        "hi", "hello", "hey", "yes", "yeah", "no", "well", "oh", "okay", "ok", "thanks", "thank",
        "sure", "right", "absolutely", "indeed", "meanwhile", "still", "yet", "however", "today",
        "yesterday", "tomorrow", "tonight", "now", "then", "here", "there", "please", "sorry",
        // Adverbs and subordinators that open sentences: "Whenever Pell calls", "Considering Lionsgate …".
        "whenever", "wherever", "whatever", "although", "though", "unless", "considering", "according",
        "following", "including", "despite", "amid", "unlike", "clearly", "obviously", "apparently",
        "reportedly", "finally", "recently", "currently", "earlier", "later", "instead", "perhaps", "maybe",
        "regardless", "besides", "otherwise", "hopefully", "unfortunately", "fortunately", "ultimately",
    ]

    /// Adjectives of nationality, which name no entity by themselves.
    static let demonyms: Set<String> = [
        "american", "russian", "venezuelan", "ukrainian", "german", "british", "danish",
        "israeli", "iranian", "syrian", "cuban", "chinese", "european", "soviet", "french",
        "english", "spanish", "italian", "polish", "belarusian", "georgian", "armenian",
        "turkish", "arab", "arabic", "iraqi", "afghan", "indian", "pakistani", "japanese",
        "korean", "mexican", "brazilian", "canadian", "australian", "swedish", "finnish",
        "norwegian", "dutch", "swiss", "austrian", "greek", "latin", "western", "eastern",
        "northern", "southern", "orthodox", "christian", "muslim", "jewish", "catholic",
        "islamic", "kremlin-backed", "pro-kremlin", "democratic", "republican", "african",
        "asian", "palestinian", "lebanese", "egyptian", "saudi", "qatari", "emirati",
        "somali", "ethiopian", "eritrean", "kenyan", "nigerian", "ghanaian", "sudanese", "libyan", "tunisian",
        "algerian", "moroccan", "yemeni", "omani", "kuwaiti", "jordanian", "thai", "vietnamese", "filipino",
        "indonesian", "malaysian", "bangladeshi", "nepali", "turkmen", "uzbek", "kazakh", "tajik", "kyrgyz",
        "azerbaijani", "colombian", "peruvian", "chilean", "argentine", "argentinian", "haitian",
        "jamaican", "portuguese", "belgian", "irish", "scottish", "welsh", "czech", "slovak", "hungarian",
        "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian", "lithuanian", "latvian",
        "estonian", "icelandic",
        // Languages that are no nationality's adjective: "he studied Mandarin".
        "mandarin", "cantonese", "hindi", "urdu", "farsi", "persian", "swahili", "hebrew", "tagalog", "bengali",
    ]

    /// Months and weekdays: times, not entities.
    static let calendarWords = CalendarWords.english

    /// Time zones written after clock times ("10:00 GMT", "3 p.m. EDT"): no names.
    static let timeZones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "akst", "akdt", "hst", "et", "ct", "mt", "pt", "ist", "jst", "kst", "hkt", "sgt",
        "aest", "aedt", "awst", "nzst", "nzdt",
    ]

    /// Other spellings of the same place.
    static let placeAliases: [String: String] = [
        "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
        "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
        "kiev": "Kyiv", "ussr": "Soviet Union",
    ]

    /// Named days, wars and other things that are neither people, bodies nor places.
    static let otherNames = calendarWords.union([
        "christmas", "easter", "new year", "victory day", "cold war", "world war", "ramadan", "thanksgiving", "god",
        "internet",
        // Named days, whose weekday is their own: "Super Tuesday", "Good Friday".
        "super tuesday", "good friday", "black friday", "cyber monday", "ash wednesday", "palm sunday",
        "easter sunday", "bloody sunday", "holy thursday", "maundy thursday",
    ])

    /// The weekdays of `calendarWords`.
    static let weekdays = Set(WeekdayNames.english)

    /// A named day, war or month, alone or with a number or a name after it ("World War II").
    static func isOtherName(_ name: String) -> Bool {
        let lower = name.lowercased()
        if let secondSpace = plainSecondSpace(of: lower) {
            return otherNames.contains(lower)
                || secondSpace.map { otherNames.contains(String(lower[..<$0])) } ?? false
        }
        let words = lower.split(separator: " ")
        return otherNames.contains(words.joined(separator: " "))
            || words.count > 2 && otherNames.contains(words.prefix(2).joined(separator: " "))
    }

    /// Where the text's spaces are plain (none opens, closes or follows another, and each has an
    /// ASCII byte on both sides, so each is a character of its own), splitting it at spaces and
    /// joining the words gives it back: then the index of its second space (nil without one);
    /// nil where the spaces are not plain (`.none`).
    static func plainSecondSpace(of text: String) -> String.Index?? {
        let bytes = text.utf8
        var spaces = 0
        var second: String.Index?
        var previous: UInt8?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x20 {
                guard let before = previous, before != 0x20, before < 0x80, next != bytes.endIndex, bytes[next] < 0x80
                else { return .none }
                spaces += 1
                if spaces == 2 { second = index }
            }
            previous = byte
            index = next
        }
        return .some(second)
    }

    /// Last words of laws and agreements: "Endangered Species Act", "Minsk Accords".
    static let lawWords: Set<String> = ["act", "treaty", "accord", "accords", "amendment", "protocol", "doctrine"]

    /// Last words of awards: "Tony Award", "Nobel Prize" (things, whatever the words around say).
    static let awardWords: Set<String> = ["award", "awards", "prize", "prizes", "medal", "trophy"]

    /// Prefixes of ships' names: "INS Sukanya", "USS Cole", "MV Gibe" (written in capitals).
    static let vesselPrefixes: Set<String> = [
        "INS", "USS", "HMS", "MV", "MS", "SS", "RMS", "HMAS", "HMCS", "USNS", "FV", "MT", "SV",
    ]

    /// Nouns before a ship's name: "Naval Ship Sukanya", "Warship Sukanya".
    static let shipNouns: Set<String> = ["ship", "warship", "vessel", "frigate", "destroyer", "tanker", "freighter"]

    /// Whether a name is typed by its shape, whatever the words around it say: a law or a vessel.
    static func isTypedByShape(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last else { return false }
        return lawWords.contains(last.lowercased()) || awardWords.contains(last.lowercased()) || isVesselName(words)
    }

    /// Whether the words name a vessel: a ship's prefix and a name ("INS Sukanya"), or "Ship" and
    /// a name ("Indian Naval Ship Sukanya").
    static func isVesselName(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        // "Warship INS Sukanya": the prefix may follow a common noun.
        if words.dropLast().contains(where: vesselPrefixes.contains) { return true }
        guard let ship = words.firstIndex(where: { shipNouns.contains($0.lowercased()) }) else { return false }
        return ship + 1 < words.count
    }

    /// A nationality, singular or plural: "Somali", "Somalis", "Turkmens", "Americans".
    static func isNationality(_ word: String) -> Bool {
        singular(of: word.lowercased(), in: demonyms.contains) != nil
    }

    /// The country each adjective of nationality names (lower-cased as places are); the
    /// claims read a nationality as its country ("Russian air defenses" are Russia's).
    static let countryOfNationality: [String: String] = WordLists.pairs(PackageResources.nationality_countries_txt)

    /// The country of `word` where it is an adjective of nationality, singular or plural.
    static func country(ofNationality word: String) -> String? {
        singular(of: ArticleAnalyzer.folded(word.lowercased()), in: { countryOfNationality[$0] != nil })
            .flatMap { countryOfNationality[$0] }
    }

    /// `lower` or, where it ends in "s", the word without it: the first that `known` holds.
    private static func singular(of lower: String, in known: (String) -> Bool) -> String? {
        if known(lower) { return lower }
        guard lower.hasSuffix("s") else { return nil }
        let single = String(lower.dropLast())
        return known(single) ? single : nil
    }
}
