import Foundation
import Testing

@testable import Parallax

/// The aligner's "words" slot prints scores as `String(format: "%.3f")` did, to the last digit.
@Suite("Scores printed to three decimals")
struct ThreeDecimalsTests {
    @Test func printsAsTheCLibraryDoes() {
        var values: [Double] = [
            0, 0.0005, 0.0015, 0.0025, 0.0625, 0.1875, 0.3125, 0.5, 0.9995, 0.99949999, 1, 1.0005, 0.15, 0.28, 0.45,
            12.3455, 999.9995, 0.000499999, 1e-300, 123_456.789_5,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 { values.append(Double.random(in: 0...1, using: &generator)) }
        // Values a hair's breadth from a half-thousandth, where a product rounded once decides wrongly.
        for thousandths in 0..<2000 {
            let tie = (Double(thousandths) + 0.5) / 1000
            values += [tie, tie.nextUp, tie.nextDown, tie.nextUp.nextUp, tie.nextDown.nextDown]
        }
        for value in values {
            #expect(ClaimAligner.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
        for value in [-0.0, -0.0004, -1.5, Double.infinity, Double.nan, 1e20] {
            #expect(ClaimAligner.threeDecimals(value) == String(format: "%.3f", value))
        }
    }
}
