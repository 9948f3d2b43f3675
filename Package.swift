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
        .library(name: "ParallaxBase", targets: ["ParallaxBase"]),
        .library(name: "Parallax", targets: ["Parallax"]),
        .library(name: "ParallaxWeb", targets: ["ParallaxWeb"]),
        .library(name: "ParallaxInputs", targets: ["ParallaxInputs"]),
        .library(name: "ParallaxStore", targets: ["ParallaxStore"]),
        .library(name: "ParallaxServer", targets: ["ParallaxServer"]),
        .library(name: "ParallaxPostgres", targets: ["ParallaxPostgres"]),
        .library(name: "ParallaxEvaluation", targets: ["ParallaxEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
        // Argon2id password hashing (the reference implementation, as Debian and Homebrew ship it).
        .systemLibrary(
            name: "CArgon2",
            pkgConfig: "libargon2",
            providers: [.apt(["libargon2-dev"]), .brew(["argon2"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // The text and time foundation under the core and ParallaxWeb: one calendar, one table of
        // month names, internet (ISO 8601, RFC 822) dates, markup escaping. No dependencies.
        .target(
            name: "ParallaxBase",
            swiftSettings: swiftSettings
        ),
        // The core: model and every stage, no I/O framework imports.
        .target(
            name: "Parallax",
            dependencies: ["ParallaxBase", "CICU", "CStemmer", "CCLD2"],
            // The long word lists, as data compiled into the library (`WordLists`).
            resources: [
                "stop-words", "given-names-female", "given-names-male", "summary-role-nouns", "places",
                "nationality-countries", "census-given-names-female", "census-given-names-male",
            ].map { .embedInCode("WordLists/\($0).txt") },
            swiftSettings: swiftSettings
        ),
        // HTML pages and feeds: parsing, main-content extraction, page metadata.
        .target(
            name: "ParallaxWeb",
            dependencies: ["ParallaxBase", "CLibXML2"],
            swiftSettings: swiftSettings
        ),
        // Every `parallax eval` and `parallax bench`: corpora, scores and timings over the core and
        // ParallaxWeb, kept out of the product libraries.
        .target(
            name: "ParallaxEvaluation",
            dependencies: ["ParallaxBase", "Parallax", "ParallaxWeb", "CLibXML2"],
            swiftSettings: swiftSettings
        ),
        // Inputs as documents: files, folders, web pages, feeds and http(s) addresses.
        .target(
            name: "ParallaxInputs",
            dependencies: ["ParallaxBase", "Parallax", "ParallaxWeb", "ParallaxFetch"],
            swiftSettings: swiftSettings
        ),
        // Fetching pages and feeds over HTTP(S): timeouts, size limits, redirects, gzip.
        .target(
            name: "ParallaxFetch",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
        // The newsroom's memory: SQLite through GRDB (articles, stories, briefs, feeds, search).
        .target(
            name: "ParallaxStore",
            dependencies: [
                "Parallax",
                "CArgon2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The newsroom's memory on PostgreSQL (postgres-nio): the same store protocols as the
        // SQLite store, for several processes on several hosts over one database.
        .target(
            name: "ParallaxPostgres",
            dependencies: [
                "Parallax",
                "ParallaxStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The long-running services over the store: the web site and JSON API (Hummingbird)
        // and the feed watcher.
        .target(
            name: "ParallaxServer",
            dependencies: [
                "ParallaxBase",
                "Parallax",
                "ParallaxStore",
                "ParallaxWeb",
                "ParallaxFetch",
                "ParallaxInputs",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command line, a thin shell over the libraries.
        .executableTarget(
            name: "parallax",
            dependencies: [
                "Parallax",
                "ParallaxWeb",
                "ParallaxFetch",
                "ParallaxInputs",
                "ParallaxStore",
                "ParallaxPostgres",
                "ParallaxServer",
                "ParallaxEvaluation",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            // jemalloc as the allocator on Linux: an ingest allocates and frees millions of small
            // strings, sets and arrays, and glibc's malloc and free were 7% of its CPU time; with
            // jemalloc the ingest of 3,000 generated articles takes about 6% less CPU, output
            // unchanged (docs/pipeline.md, round 9). `scripts/install-deps.sh` installs it.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),

        // What several test targets share: the repository's folders, the seed story, the built
        // binary, the JSON Schema validator and fixture stories.
        .target(
            name: "ParallaxTestSupport",
            path: "Tests/ParallaxTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxTests",
            dependencies: ["Parallax", "ParallaxInputs", "ParallaxEvaluation", "ParallaxTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxBaseTests",
            dependencies: ["ParallaxBase"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxWebTests",
            dependencies: ["ParallaxWeb", "ParallaxEvaluation", "ParallaxTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxFetchTests",
            dependencies: [
                "ParallaxFetch", "ParallaxTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxStoreTests",
            dependencies: [
                "ParallaxStore", "ParallaxInputs", "ParallaxPostgres", "ParallaxTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxServerTests",
            dependencies: [
                "ParallaxServer",
                "ParallaxWeb",
                "ParallaxInputs",
                "ParallaxTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                "CLibXML2",
            ],
            resources: [.copy("Schemas/atom.rng")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParallaxCLITests",
            dependencies: [
                "parallax",
                "ParallaxTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)
