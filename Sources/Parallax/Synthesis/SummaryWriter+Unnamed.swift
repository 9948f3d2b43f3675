/// The summary's restatement test for a sentence that names no one: it retells a happening the
/// summary already tells, and its day or place of it ("First came the shooting: an armed teenager
/// killed by police officers on a darkened Brooklyn street." after "Sixteen-year-old Kimani Gray was
/// shot and killed on Saturday night …"). docs/claims.md, "Thirteenth pass: summary redundancy".
extension SummaryWriter {
    /// Whether `claim`, naming no one (its tellers left out: `dropTellers`), tells only happenings the
    /// chosen sentences tell (in any clause of theirs: "The driver fled the accident scene but was
    /// apprehended by police officers." after "… hit by a car that fled the scene …" and "Police have
    /// a suspect in custody …"), with no stated year or count they do not give and no negation
    /// (`SummaryConfiguration.unnamedRetellingRestates`). A day or a place of its own does not keep it:
    /// with no one named, they are the when and where of a happening the summary already has.
    static func retellsUnnamed(_ claim: Claim, by chosen: [Claim], background: Bool) -> Bool {
        guard claim.who.isEmpty, claim.people.isEmpty, !claim.mainHappening.isEmpty, !claim.isNegated,
            !chosen.isEmpty
        else { return false }
        var happenings = Set<String>()
        var years = Set<String>()
        for other in chosen {
            happenings.formUnion(background ? other.happening : other.happening.subtracting(other.backgroundHappening))
            years.formUnion(other.years)
        }
        guard claim.mainHappening.isSubset(of: happenings), claim.statedYears.isSubset(of: years) else {
            return false
        }
        return counts(of: claim).allSatisfy { quantity in chosen.contains { tolls($0, quantity) } }
    }
}
