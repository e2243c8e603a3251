// swift-tools-version:6.0
import PackageDescription

// Layers, one direction only: TiaoduCore ← TiaoduStore ← TiaoduServer ← tiaodu (CLI).
// TiaoduSheets (.xlsx read and written) stands apart: the server and the CLI use it.
// TiaoduDemo (the 扬州 demo workspace) is pure data built on TiaoduCore.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "tiaodu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tiaodu", targets: ["tiaodu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "TiaoduCore", swiftSettings: strict),
        .target(name: "TiaoduDemo", dependencies: ["TiaoduCore"], swiftSettings: strict),
        // .xlsx read and written (OOXML); knows nothing of Tiaodu's domain
        .target(name: "TiaoduSheets", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strict),
        .target(
            name: "TiaoduStore",
            dependencies: [
                "TiaoduCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TiaoduServer",
            dependencies: [
                "TiaoduCore", "TiaoduStore", "TiaoduSheets",
                .product(name: "Vapor", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tiaodu",
            dependencies: [
                "TiaoduCore", "TiaoduDemo", "TiaoduStore", "TiaoduServer", "TiaoduSheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "TiaoduSheetsTests", dependencies: ["TiaoduSheets"], swiftSettings: strict),
        .testTarget(name: "TiaoduCoreTests", dependencies: ["TiaoduCore", "TiaoduDemo"], swiftSettings: strict),
        .testTarget(
            name: "TiaoduStoreTests",
            dependencies: ["TiaoduCore", "TiaoduDemo", "TiaoduStore"],
            swiftSettings: strict
        ),
        // Routes in process, through the one buildApplication (fast; no port, no child process).
        .testTarget(
            name: "TiaoduServerTests",
            dependencies: [
                "TiaoduCore", "TiaoduStore", "TiaoduServer", "TiaoduSheets",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TiaoduEndToEndTests",
            dependencies: ["TiaoduCore", "tiaodu"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
