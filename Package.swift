// swift-tools-version: 6.1
import PackageDescription

/// Settings applied to every Swift target, in one place.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "Parallax", targets: ["Parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // C wrappers: each exposes plain C functions so no C library types reach Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),
        .target(
            name: "CCLD2",
            cxxSettings: [.unsafeFlags(["-Wno-deprecated-declarations"])],
            linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // The core: model and every stage, no I/O framework imports.
        .target(
            name: "Parallax",
            dependencies: ["CICU", "CStemmer", "CCLD2"],
            swiftSettings: swiftSettings
        ),
        // HTML pages and feeds: parsing, main-content extraction, page metadata.
        .target(
            name: "ParallaxWeb",
            dependencies: ["CLibXML2"],
            swiftSettings: swiftSettings
        ),
        // The command line, a thin shell over the libraries.
        .executableTarget(
            name: "parallax",
            dependencies: [
                "Parallax",
                "ParallaxWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(
            name: "ParallaxTests",
            dependencies: ["Parallax"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxWebTests",
            dependencies: ["ParallaxWeb"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxCLITests",
            dependencies: ["parallax"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
    ]
)
