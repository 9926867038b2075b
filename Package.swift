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
        .library(name: "RedlineExtract", targets: ["RedlineExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
            name: "RedlineExtract",
            dependencies: ["RedlineCore", "RedlineText"],
            resources: [.copy("Resources/Lexicon")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "redline",
            dependencies: [
                "RedlineCore", "RedlineText", "RedlineExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "RedlineTextTests", dependencies: ["RedlineText"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "RedlineExtractTests", dependencies: ["RedlineExtract"], swiftSettings: strict),
        .testTarget(name: "RedlineCLITests", dependencies: ["redline", "RedlineExtract", "RedlineText"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
