// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets over Parallax's parsers and HTTP routes (issue 15). Built apart from the
// main package so its sanitizer flags never touch the main build:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer
// Each target's main starts libFuzzer's driver (SwiftPM links its own main into executables).
// `make fuzz` (FUZZ_SECONDS per target) and `.ci/run` drive it through scripts/fuzz.sh.
let package = Package(
    name: "ParallaxFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Parallax", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzHTMLExtractor",
            dependencies: ["CFuzzerDriver", .product(name: "ParallaxWeb", package: "Parallax")]),
        .executableTarget(
            name: "FuzzFeedParser", dependencies: ["CFuzzerDriver", .product(name: "ParallaxWeb", package: "Parallax")]),
        .executableTarget(
            name: "FuzzJSONLReader",
            dependencies: [
                "CFuzzerDriver", .product(name: "Parallax", package: "Parallax"),
                .product(name: "ParallaxInputs", package: "Parallax"),
            ]),
        .executableTarget(
            name: "FuzzTextCleaner", dependencies: ["CFuzzerDriver", .product(name: "Parallax", package: "Parallax")]),
        .executableTarget(
            name: "FuzzRoutes",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Parallax", package: "Parallax"),
                .product(name: "ParallaxInputs", package: "Parallax"),
                .product(name: "ParallaxStore", package: "Parallax"),
                .product(name: "ParallaxServer", package: "Parallax"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
    ]
)
