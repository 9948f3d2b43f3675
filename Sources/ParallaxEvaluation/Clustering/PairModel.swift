public import Parallax

/// Logistic regression over pair features: the probability that an article belongs to a story
/// is σ(bias + Σ weight · input). Its decision boundary is a linear similarity and a threshold,
/// the shape `ClusteringConfiguration` already has, so a fit is written there as `termWeight`,
/// `sizeWeight` and `joinThreshold` (the weights divided by the sum of the two cosines').
package enum PairModel {
    package struct Fit: Sendable {
        package var weights: [Double]
        package var bias: Double
    }

    /// Newton's method (iteratively reweighted least squares) on the log-loss with an L2 penalty
    /// of `ridge` on the weights (not the bias).
    package static func fit(_ samples: [(inputs: [Double], positive: Bool)], ridge: Double = 1e-3) -> Fit {
        guard let width = samples.first?.inputs.count else { return Fit(weights: [], bias: 0) }
        let size = width + 1
        var theta = [Double](repeating: 0, count: size)
        for _ in 0..<50 {
            var gradient = [Double](repeating: 0, count: size)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
            for (inputs, positive) in samples {
                let x = inputs + [1]
                var z = 0.0
                for index in 0..<size { z += theta[index] * x[index] }
                let p = 1 / (1 + exp(-z))
                let error = p - (positive ? 1 : 0)
                let curvature = max(p * (1 - p), 1e-9)
                for row in 0..<size {
                    gradient[row] += error * x[row]
                    for column in 0..<size { hessian[row][column] += curvature * x[row] * x[column] }
                }
            }
            for index in 0..<width {
                gradient[index] += ridge * theta[index]
                hessian[index][index] += ridge
            }
            guard let step = solve(hessian, gradient) else { break }
            for index in 0..<size { theta[index] -= step[index] }
            if step.reduce(0, { max($0, abs($1)) }) < 1e-9 { break }
        }
        return Fit(weights: Array(theta.prefix(width)), bias: theta[width])
    }

    /// `configuration` with the fit's similarity: term weight, size weight and join threshold.
    package static func configuration(_ fit: Fit, base: ClusteringConfiguration) -> ClusteringConfiguration? {
        guard fit.weights.count == 3 else { return nil }
        let scale = fit.weights[0] + fit.weights[1]
        guard scale > 0 else { return nil }
        var configuration = base
        configuration.termWeight = fit.weights[0] / scale
        configuration.sizeWeight = fit.weights[2] / scale
        configuration.joinThreshold = -fit.bias / scale
        return configuration
    }

    /// Gaussian elimination with partial pivoting; nil for a singular system.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        var a = matrix
        var b = vector
        let n = b.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            guard abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for index in column..<n { a[row][index] -= factor * a[column][index] }
                b[row] -= factor * b[column]
            }
        }
        var solution = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for index in (row + 1)..<n { sum -= a[row][index] * solution[index] }
            solution[row] = sum / a[row][row]
        }
        return solution
    }
}

extension ClusteringEvaluation {
    /// Pairs of an article and a candidate story, labelled by whether the story is the article's
    /// gold story: the items stream through the clusterer in the order `run` uses, each forced
    /// into its gold story, so every story is pure and the candidates are those the clusterer
    /// would score.
    package func pairSamples(configuration: ClusteringConfiguration) -> [(inputs: [Double], positive: Bool)] {
        var clusterer = StoryClusterer(configuration: configuration)
        var storyOfLabel: [String: Int] = [:]
        var labelOfStory: [Int: String] = [:]
        var samples: [(inputs: [Double], positive: Bool)] = []
        for index in orderOfRun {
            let item = items[index]
            let target = storyOfLabel[item.label] ?? clusterer.stories.count
            for (story, features) in clusterer.add(item.document, forcedInto: target) where features.decay > 0.01 {
                samples.append((features.inputs, labelOfStory[story] == item.label))
            }
            storyOfLabel[item.label] = target
            labelOfStory[target] = item.label
        }
        return samples
    }
}

extension ClusteringValidation {
    /// Learned weights as a chooser: a logistic regression over the tuning items' pair features
    /// gives the similarity's weights; the join threshold is then moved by `thresholdShifts` and
    /// the merge settings taken from `mergeOptions`, whichever scores best on the tuning items.
    public static func learned(
        base: ClusteringConfiguration,
        thresholdShifts: [Double] = stride(from: -0.1, through: 0.1001, by: 0.02).map { $0 },
        mergeOptions: [(threshold: Double, converging: Bool)] = ClusteringEvaluation.mergeOptions
    ) -> Chooser {
        { evaluation in
            let fit = PairModel.fit(evaluation.pairSamples(configuration: base))
            guard let learned = PairModel.configuration(fit, base: base) else {
                let best = evaluation.best(of: [base])
                return (best.configuration, best.bcubedF1)
            }
            var grid: [ClusteringConfiguration] = []
            for shift in thresholdShifts {
                for merge in mergeOptions {
                    var configuration = learned
                    configuration.joinThreshold += shift
                    configuration.mergeThreshold = merge.threshold
                    configuration.mergesConverging = merge.converging
                    grid.append(configuration)
                }
            }
            let best = evaluation.best(of: grid)
            return (best.configuration, best.bcubedF1)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
