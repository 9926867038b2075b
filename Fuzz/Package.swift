// swift-tools-version: 6.0
// A coverage-guided fuzz target over the readers and the extractor, kept out of the main package
// so that `swift build` and `swift test` never build it. Built and run by scripts/fuzz.sh with
// libFuzzer (`-sanitize=fuzzer -parse-as-library`, Linux).
import PackageDescription

let package = Package(
    name: "redline-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "redline", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "FuzzReaders",
            dependencies: [
                "CFuzzDriver",
                .product(name: "RedlineCore", package: "redline"),
                .product(name: "RedlineText", package: "redline"),
                .product(name: "RedlineExtract", package: "redline"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
