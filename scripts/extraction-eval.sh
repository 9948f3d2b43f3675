#!/usr/bin/env bash
# Builds a scratch package around Sources/ParallaxWeb (and the page evaluations of
# Sources/ParallaxEvaluation/Pages, as a target of the same name) and runs the extraction and date
# evaluations (release, one core). Usage: scripts/extraction-eval.sh [extraction [reps] | dates | page FILE [URL] | test | build]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PKG="${PKG:-/tmp/web-pkg-$(basename "$ROOT")}"
mkdir -p "$PKG/Sources/web-eval" "$PKG/Tests"
rm -rf "$PKG/Sources/CLibXML2" && cp -r "$ROOT/Sources/CLibXML2" "$PKG/Sources/CLibXML2"
ln -sfn "$ROOT/Sources/ParallaxBase" "$PKG/Sources/ParallaxBase"
ln -sfn "$ROOT/Sources/ParallaxWeb" "$PKG/Sources/ParallaxWeb"
ln -sfn "$ROOT/Sources/ParallaxEvaluation/Pages" "$PKG/Sources/ParallaxEvaluation"
ln -sfn "$ROOT/Tests/ParallaxWebTests" "$PKG/Tests/ParallaxWebTests"
cat > "$PKG/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "WebScratch",
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        .target(name: "ParallaxBase", swiftSettings: swiftSettings),
        .target(name: "ParallaxWeb", dependencies: ["ParallaxBase", "CLibXML2"], swiftSettings: swiftSettings),
        .target(
            name: "ParallaxEvaluation", dependencies: ["ParallaxBase", "ParallaxWeb", "CLibXML2"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "web-eval", dependencies: ["ParallaxWeb", "ParallaxEvaluation"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ParallaxWebTests", dependencies: ["ParallaxWeb", "ParallaxEvaluation"],
            swiftSettings: swiftSettings),
    ]
)
EOF
cat > "$PKG/Sources/web-eval/main.swift" <<'EOF'
import Foundation
import ParallaxEvaluation
import ParallaxWeb

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "extraction"
func format(_ value: Double) -> String { String(format: "%.4f", value) }

switch mode {
case "extraction":
    let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
    let report = try ExtractionEvaluation.run(
        folder: "/work/shared/eval/extraction/scrapinghub", repetitions: repetitions)
    if ProcessInfo.processInfo.environment["DETAIL"] != nil {
        for result in report.results {
            let f = [result.precision ?? 0, result.recall ?? 0]
            print(result.id.prefix(12), format(f[0]), format(f[1]), result.failure?.name ?? "")
        }
    }
    print("F1 \(format(report.f1)) P \(format(report.precision)) R \(format(report.recall)) acc \(format(report.accuracy)) pages \(report.pages)")
    print("pages/s \(format(report.pagesPerSecond)) parse \(format(report.parsingSeconds))s decide \(format(report.decidingSeconds))s")
case "extraction-predictions":
    // Writes {id: extracted text} to the given file, for scripts/pages-compare.py.
    let settings = (ProcessInfo.processInfo.environment["SETTINGS"] ?? "").split(separator: ",").map(String.init)
    let extractor = HTMLArticleExtractor(configuration: try HTMLArticleExtractor.Configuration().applying(settings))
    let report = try ExtractionEvaluation.run(folder: "/work/shared/eval/extraction/scrapinghub", extractor: extractor)
    let output = Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0.predicted) })
    try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]).write(to: URL(fileURLWithPath: arguments[2]))
    print("F1 \(format(report.f1)) P \(format(report.precision)) R \(format(report.recall))")
case "dates-predictions":
    let settings = (ProcessInfo.processInfo.environment["SETTINGS"] ?? "").split(separator: ",").map(String.init)
    let extractor = HTMLArticleExtractor(configuration: try HTMLArticleExtractor.Configuration().applying(settings))
    let report = try DateEvaluation.run(folder: "/work/shared/eval/dates", extractor: extractor)
    let output = Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0.predicted ?? "") })
    try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]).write(to: URL(fileURLWithPath: arguments[2]))
    print("dates acc \(format(report.accuracy))")
case "dates":
    let report = try DateEvaluation.run(folder: "/work/shared/eval/dates")
    if ProcessInfo.processInfo.environment["DETAIL"] != nil {
        for result in report.results where result.predicted != result.expected {
            print(result.id, result.expected, result.predicted ?? "-")
        }
    }
    print("dates acc \(format(report.accuracy)) P \(format(report.precision)) R \(format(report.recall)) F \(format(report.fScore)) TP \(report.truePositives) FP \(report.falsePositives) FN \(report.falseNegatives) pages/s \(format(report.pagesPerSecond))")
case "page":
    let path = arguments[2]
    let data = FileManager.default.contents(atPath: path)!
    let article: WebArticle
    do {
        article = try HTMLArticleExtractor().extract(html: Array(data), url: arguments.count > 3 ? arguments[3] : nil)
    } catch {
        print("error", error)
        exit(1)
    }
    print("title:", article.title ?? "-", "| published:", article.published ?? "-", "| authors:", article.authors, "| outlet:", article.outlet ?? "-", "| lang:", article.language ?? "-")
    for paragraph in article.paragraphs { print("¶", paragraph) }
default:
    print("unknown mode")
}
EOF
cd "$PKG"
if [ "${1:-}" = "test" ]; then
    swift test --scratch-path "$PKG/.build"
elif [ "${1:-}" = "build" ]; then
    swift build -c release --scratch-path "$PKG/.build" --product web-eval
else
    swift build -c release --scratch-path "$PKG/.build" --product web-eval
    "$PKG/.build/release/web-eval" "$@"
fi
