extension FactFinder {
    /// Whether `support` tells a happening of `claim`'s main clause about another named thing: for
    /// a happening both tell, each names a thing within `reach` words after its head or `reachBefore`
    /// words before it (a body, a place, a work; `Claim.happeningThings`), and each names there one
    /// none of whose words the other sentence has. "'About a Boy' … won Weitz … an Oscar nomination"
    /// does not support "The two directed and produced American Pie and then were nominated for an
    /// Academy Award" (American Pie against the Oscar). A word of the name in the other sentence makes
    /// it the same thing ("the Betty Ford Clinic", "Promises Treatment Centre"). False where `reach`
    /// is zero.
    static func namesOtherThings(_ claim: Claim, _ support: Claim, reach: Double, reachBefore: Double = 0) -> Bool {
        guard reach > 0 else { return false }
        func near(_ distance: Int) -> Bool { Double(distance) <= reach && Double(-distance) <= reachBefore }
        var claimWords: Set<String>?
        var supportWords: Set<String>?
        for head in claim.mainHappening.intersection(support.happening) {
            let left = claim.happeningThings[head, default: [:]].filter { near($0.value) }.keys
            let right = support.happeningThings[head, default: [:]].filter { near($0.value) }.keys
            guard !left.isEmpty, !right.isEmpty else { continue }
            let wordsOfSupport = supportWords ?? words(of: support.text)
            let wordsOfClaim = claimWords ?? words(of: claim.text)
            (supportWords, claimWords) = (wordsOfSupport, wordsOfClaim)
            if left.contains(where: { !sharesAWord($0, wordsOfSupport) })
                && right.contains(where: { !sharesAWord($0, wordsOfClaim) })
            {
                return true
            }
        }
        return false
    }

    /// Whether a word of `name` of at least three letters, other than an article or a conjunction,
    /// is among `words`.
    static func sharesAWord(_ name: String, _ other: Set<String>) -> Bool {
        words(of: name).contains { $0.count >= 3 && !["the", "and", "for"].contains($0) && other.contains($0) }
    }
}
