internal import Foundation

/// What the similarity of an article to a story is made of.
package struct PairFeatures: Hashable, Sendable {
    package var termCosine: Double
    /// The cosine of the names; the term cosine where the article or the story has no names.
    package var nameCosine: Double
    package var storySize: Int
    /// The damping for the days between the article and the story's coverage (1 when undated).
    package var decay: Double

    /// The inputs of the linear similarity, in the order of `PairModel.Fit.weights`.
    package var inputs: [Double] { [termCosine, nameCosine, log(Double(max(storySize, 1)))] }
}
