// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Governor",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "governor", targets: ["governor"]),
        .library(name: "GovernorQuery", targets: ["GovernorQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        // The PromQL-compatible expression language: lexer, parser, evaluator, functions. Pure.
        .target(name: "GovernorQuery", swiftSettings: swiftSettings),
        // Series written as text: promqltest's series notation and `load` blocks. Pure.
        .target(name: "GovernorSeriesText", dependencies: ["GovernorQuery"], swiftSettings: swiftSettings),
        // Reads and runs Prometheus's promqltest scripts (`load`, `eval`, `clear`). Pure.
        .target(
            name: "GovernorPromQLTest", dependencies: ["GovernorQuery", "GovernorSeriesText"],
            swiftSettings: swiftSettings),
        // Rule graph, SLO and governance math, diagnostics. Pure: no I/O, no YAML.
        .target(name: "GovernorCore", dependencies: ["GovernorQuery"], swiftSettings: swiftSettings),
        // YAML policy files (Prometheus rules, Sloth specs, Governor documents) -> validated PolicySet -> graph.
        .target(
            name: "GovernorPolicy",
            dependencies: [
                "GovernorCore", "GovernorQuery", "GovernorSeriesText", .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // Series store, tick scheduling, delivery pipeline; the protocols sources, receivers and stores implement.
        .target(name: "GovernorEngine", dependencies: ["GovernorCore", "GovernorQuery"], swiftSettings: swiftSettings),
        // Telegram, Notion, webhook, Alertmanager and log receivers (URLSession, which is libcurl on Linux).
        .target(
            name: "GovernorReceivers",
            dependencies: ["GovernorEngine", "GovernorCore", "GovernorQuery"],
            swiftSettings: swiftSettings
        ),
        // Durable state in SQLite through GRDB: outbox, alert states, silences, history, audit.
        .target(
            name: "GovernorStore",
            dependencies: [
                "GovernorEngine", "GovernorRuntime", "GovernorCore", "GovernorQuery", "GovernorSources",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The evaluation loop that dry-run, explain and the daemon share: the tick scheduler, policy generations,
        // replay. Pure: no NIO, no SQLite, no YAML; time is always a parameter.
        .target(
            name: "GovernorRuntime", dependencies: ["GovernorCore", "GovernorQuery"], swiftSettings: swiftSettings),
        // Where samples come from: the simulator, /proc host metrics, scrape targets, file tails, a remote query backend.
        .target(
            name: "GovernorSources", dependencies: ["GovernorCore", "GovernorQuery", "GovernorSeriesText"],
            swiftSettings: swiftSettings),
        // glibc's `mallopt`, which Swift's Glibc module leaves out: one inline C function.
        .target(name: "CMalloc"),
        // `governor run`: sources, rule evaluation, the notification pipeline and delivery as lifecycle services.
        .target(
            name: "GovernorDaemon",
            dependencies: [
                "CMalloc", "GovernorRuntime", "GovernorSources", "GovernorEngine", "GovernorReceivers", "GovernorStore",
                "GovernorPolicy", "GovernorCore", "GovernorQuery",
                "GovernorForecast", "GovernorForecastLLM",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The system libsnappy (Debian's libsnappy-dev), for remote write's block-compressed bodies.
        .systemLibrary(name: "CSnappy", pkgConfig: "snappy", providers: [.apt(["libsnappy-dev"])]),
        // Prometheus remote write 1.0 bodies: snappy blocks of protobuf (generated code committed, see Proto/).
        .target(
            name: "GovernorRemoteWrite",
            dependencies: [
                "CSnappy", "GovernorQuery", .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            exclude: ["Proto"],
            swiftSettings: swiftSettings
        ),
        // The daemon's HTTP surface (Hummingbird): the telemetry API, the Prometheus and Alertmanager APIs, remote
        // write in, /metrics out, health and readiness, all behind the dashboard key.
        .target(
            name: "GovernorHTTP",
            dependencies: [
                "GovernorDaemon", "GovernorRuntime", "GovernorStore", "GovernorEngine", "GovernorCore", "GovernorQuery",
                "GovernorRemoteWrite", "GovernorSources", "GovernorCharts",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Charts drawn as inline SVG text (sparklines, SLI against target, budget burn-down, alert timelines) and the
        // small Markdown renderer the dashboard shows docs with. Pure: strings in, strings out.
        .target(name: "GovernorCharts", swiftSettings: swiftSettings),
        .testTarget(name: "GovernorChartsTests", dependencies: ["GovernorCharts"], swiftSettings: swiftSettings),
        // The forecaster: statistical readings and risk, the language model's prompt and answer validation, the
        // backtest's scoring. Pure: no I/O; time is always a parameter.
        .target(
            name: "GovernorForecast", dependencies: ["GovernorCore", "GovernorQuery"], swiftSettings: swiftSettings),
        // Asks an OpenAI-compatible chat API for a forecast (URLSession through GovernorReceivers' transport), within
        // its timeout, retries and hourly budgets, and falls back to the statistical forecast with a reason.
        .target(
            name: "GovernorForecastLLM",
            dependencies: ["GovernorForecast", "GovernorReceivers", "GovernorEngine", "GovernorCore", "GovernorQuery"],
            swiftSettings: swiftSettings),
        // The admin console's interpreter: typed intents, the keyword grammar, the language model's prompt and answer
        // validation, the audit line, line editing. Pure: the CLI does the terminal, HTTP and model I/O.
        .target(name: "GovernorConsole", dependencies: ["GovernorCore", "GovernorQuery"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorConsoleTests", dependencies: ["GovernorConsole", "GovernorCore", "GovernorQuery"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorForecastTests",
            dependencies: [
                "GovernorForecast", "GovernorForecastLLM", "GovernorPolicy", "GovernorCore", "GovernorQuery",
                "GovernorDaemon", "GovernorSources", "GovernorTestSupport",
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "governor",
            dependencies: [
                "GovernorQuery",
                "GovernorPromQLTest",
                "GovernorSeriesText",
                "GovernorCore",
                "GovernorPolicy",
                "GovernorEngine",
                "GovernorReceivers",
                "GovernorStore",
                "GovernorSources",
                "GovernorRuntime",
                "GovernorDaemon",
                "GovernorHTTP",
                "GovernorForecast", "GovernorForecastLLM", "GovernorCharts", "GovernorConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Benchmarks print numbers; they never run as timed tests.
        .executableTarget(
            name: "GovernorBenchmark",
            dependencies: [
                "GovernorQuery", "GovernorPromQLTest", "GovernorCore", "GovernorRuntime", "GovernorDaemon", "GovernorSources",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "GovernorQueryTests", dependencies: ["GovernorQuery"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorSeriesTextTests", dependencies: ["GovernorSeriesText", "GovernorQuery"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorPromQLTestTests",
            dependencies: ["GovernorPromQLTest", "GovernorSeriesText", "GovernorQuery"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorCoreTests", dependencies: ["GovernorCore", "GovernorQuery"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorPolicyTests",
            dependencies: ["GovernorPolicy", "GovernorCore", "GovernorQuery"],
            exclude: [
                "Fixtures", "Alerts/Fixtures", "History/Fixtures", "UnitTests/Fixtures", "UnitTests/Routing/Fixtures",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorEngineTests", dependencies: ["GovernorEngine", "GovernorCore", "GovernorQuery"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorReceiversTests",
            dependencies: [
                "GovernorReceivers", "GovernorEngine", "GovernorCore", "GovernorQuery", "GovernorPolicy",
                "GovernorRuntime",
                "GovernorTestSupport",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorStoreTests",
            dependencies: [
                "GovernorStore", "GovernorEngine", "GovernorCore", "GovernorQuery", "GovernorRuntime",
                "GovernorSources",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorRuntimeTests", dependencies: ["GovernorRuntime", "GovernorCore", "GovernorQuery"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorDaemonTests",
            dependencies: [
                "GovernorDaemon", "GovernorSources", "GovernorStore", "GovernorPolicy", "GovernorCore", "GovernorQuery",
                "GovernorRuntime",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorRemoteWriteTests", dependencies: ["GovernorRemoteWrite", "GovernorQuery"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorHTTPTests",
            dependencies: [
                "GovernorHTTP", "GovernorDaemon", "GovernorSources", "GovernorStore", "GovernorCore", "GovernorQuery",
                "GovernorTestSupport", "GovernorRemoteWrite", "GovernorRuntime", "GovernorCharts",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        // Real servers the tests start on loopback (node_exporter, Prometheus), shared by the test targets.
        .target(name: "GovernorTestSupport", path: "Tests/GovernorTestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "GovernorSourcesTests",
            dependencies: [
                "GovernorSources", "GovernorCore", "GovernorQuery", "GovernorPolicy", "GovernorRuntime",
                "GovernorSeriesText",
                "GovernorTestSupport",
            ],
            exclude: ["Host/Fixtures", "FileTail/Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GovernorCLITests", dependencies: ["governor", "GovernorTestSupport"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)
