// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "redline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "redline", targets: ["redline"]),
        .library(name: "RedlineCore", targets: ["RedlineCore"]),
        .library(name: "RedlineText", targets: ["RedlineText"]),
        .library(name: "RedlineSyntax", targets: ["RedlineSyntax"]),
        .library(name: "RedlineExtract", targets: ["RedlineExtract"]),
        .library(name: "RedlineStore", targets: ["RedlineStore"]),
        .library(name: "RedlineAnalysis", targets: ["RedlineAnalysis"]),
        .library(name: "RedlineTracker", targets: ["RedlineTracker"]),
        .library(name: "RedlineExport", targets: ["RedlineExport"]),
        .library(name: "RedlineServer", targets: ["RedlineServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Already built for PostgresNIO; the watch signs webhook bodies with its HMAC.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "RedlineCore", swiftSettings: strict),
        .target(name: "RedlineText", dependencies: ["RedlineCore", "CLibXML2"], swiftSettings: strict),
        .target(
            name: "RedlineSyntax",
            dependencies: ["RedlineCore", "RedlineText"],
            resources: [.copy("Resources/Model")],
            swiftSettings: strict
        ),
        .target(
            name: "RedlineExtract",
            dependencies: ["RedlineCore", "RedlineText", "RedlineSyntax"],
            resources: [.copy("Resources/Lexicon")],
            swiftSettings: strict
        ),
        .target(
            name: "RedlineStore",
            dependencies: [
                "RedlineCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(name: "RedlineAnalysis", dependencies: ["RedlineCore"], swiftSettings: strict),
        .target(
            name: "RedlineTracker",
            dependencies: ["RedlineCore", "RedlineText", "RedlineExtract", "RedlineStore", "RedlineAnalysis"],
            swiftSettings: strict
        ),
        .target(
            name: "RedlineExport",
            dependencies: ["RedlineCore", "RedlineExtract", "RedlineStore", "RedlineAnalysis"],
            swiftSettings: strict
        ),
        .target(
            name: "RedlineServer",
            dependencies: [
                "RedlineCore", "RedlineText", "RedlineExtract", "RedlineStore", "RedlineAnalysis", "RedlineTracker", "RedlineExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "RedlineWatch",
            dependencies: [
                "RedlineCore", "RedlineText",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "redline",
            dependencies: [
                "RedlineCore", "RedlineText", "RedlineSyntax", "RedlineExtract", "RedlineStore", "RedlineAnalysis",
                "RedlineTracker", "RedlineServer", "RedlineExport", "RedlineWatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "RedlineTextTests", dependencies: ["RedlineText"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "RedlineSyntaxTests", dependencies: ["RedlineSyntax", "RedlineText", "RedlineCore"], swiftSettings: strict),
        .testTarget(name: "RedlineExtractTests", dependencies: ["RedlineExtract"], swiftSettings: strict),
        .testTarget(name: "RedlineStoreTests", dependencies: ["RedlineStore"], swiftSettings: strict),
        .testTarget(name: "RedlineAnalysisTests", dependencies: ["RedlineAnalysis"], swiftSettings: strict),
        .testTarget(
            name: "RedlineServerTests",
            dependencies: [
                "RedlineServer", "RedlineTracker", "RedlineStore", "RedlineExtract", "RedlineText", "RedlineAnalysis", "RedlineCore",
                "RedlineExport",
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RedlineCLITests",
            dependencies: [
                "redline", "RedlineExtract", "RedlineText", "RedlineExport", "RedlineWatch", "RedlineCore", "RedlineStore",
                // The streaming ingest test reads the store while the ingest is still running; the watch
                // tests serve feeds on 127.0.0.1 and read the server's event stream.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
