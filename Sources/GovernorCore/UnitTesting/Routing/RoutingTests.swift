/// A test group's assertions on `alerts/`: where alerts go, what inhibits them, which silences and time
/// intervals mute them. They need no input series; they run against the file's `alerting_config`.
public struct RoutingTests: Hashable, Sendable {
    public var routeTests: [RouteTest]
    public var inhibitTests: [InhibitTest]
    public var silenceTests: [SilenceTest]
    public var mutedTests: [MutedTest]

    public init(
        routeTests: [RouteTest] = [], inhibitTests: [InhibitTest] = [], silenceTests: [SilenceTest] = [],
        mutedTests: [MutedTest] = []
    ) {
        self.routeTests = routeTests
        self.inhibitTests = inhibitTests
        self.silenceTests = silenceTests
        self.mutedTests = mutedTests
    }

    public var count: Int { routeTests.count + inhibitTests.count + silenceTests.count + mutedTests.count }

    public var isEmpty: Bool { count == 0 }

    /// Where the first case is written, for the error when the file names no `alerting_config`.
    public var firstLocation: SourceLocation? {
        let locations =
            routeTests.map(\.location) + inhibitTests.map(\.location) + silenceTests.map(\.location)
            + mutedTests.map(\.location)
        return locations.min()
    }
}
