/// A person's name after a title ("Mayor Bill de Blasio", "Senators Rubio and Cruz"), and the
/// initials inside names ("William A. Ackman").
extension EntityRecognizer {
    /// Splits "U.S. President Donald Trump" into the part before the title and the person.
    func titleSplit(_ tokens: [Token]) -> (prefix: [Token], name: [Token])? {
        let nameWords = configuration.nameAfterTitleWords
        guard let titleIndex = tokens.lastIndex(where: { EntityLexicon.isTitle($0.text.lowercased()) }),
            titleIndex + 1 < tokens.count
        else { return nil }
        let name = Array(tokens[(titleIndex + 1)...])
        guard nameWords.contains(name.count), name.allSatisfy({ $0.isCapitalized }) else { return nil }
        // "Pellingford General Hospital" is a building, not General Hospital.
        if let last = name.last?.text.lowercased(),
            EntityLexicon.organizationWords.contains(last) || EntityLexicon.placeSuffixes.contains(last)
        {
            return nil
        }
        var firstTitle = titleIndex
        while firstTitle > 0, EntityLexicon.isTitle(tokens[firstTitle - 1].text.lowercased()) {
            firstTitle -= 1
        }
        // The title must begin with a real title word, not a connector like "of".
        guard
            tokens[firstTitle...titleIndex].contains(where: {
                !["of", "state", "affairs", "foreign"].contains($0.text.lowercased())
            })
        else { return nil }
        return (Array(tokens[..<firstTitle]), name)
    }

    /// "William A. Ackman": one capital letter inside a name is an initial, even where it spells a
    /// stop word ("A", "I").
    static func isInitial(_ tokens: [Token], at position: Int) -> Bool {
        position > 0 && position + 1 < tokens.count && tokens[position].text.count == 1
            && tokens[position].isCapitalized
    }
}
