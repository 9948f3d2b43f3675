// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets over Parallax's parsers and HTTP routes (issue 15), in one executable that
// runs the target named by its first argument. Built apart from the main package so the
// sanitizer flags never touch the main build; it depends on the main package by path, so the
// code fuzzed is the code shipped (not a copy of its sources) and `-Xswiftc` flags reach every
// Swift module, dependencies included:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
//   Fuzz/.build/release/parallax-fuzz routes Fuzz/Corpus/routes -max_total_time=60
// `make fuzz` (FUZZ_SECONDS per target) and `.ci/run` drive it through scripts/fuzz.sh.
let package = Package(
    name: "ParallaxFuzz",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parallax-fuzz", targets: ["ParallaxFuzz"])
    ],
    dependencies: [
        .package(name: "Parallax", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (defined by -sanitize=fuzzer).
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "ParallaxFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Parallax", package: "Parallax"),
                .product(name: "ParallaxWeb", package: "Parallax"),
                .product(name: "ParallaxInputs", package: "Parallax"),
                .product(name: "ParallaxStore", package: "Parallax"),
                .product(name: "ParallaxServer", package: "Parallax"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ]
)
