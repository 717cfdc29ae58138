/// `simulator:` in a Sources document: which scenario the deterministic simulator plays, from which seed.
/// Only declared here; the simulator reads it.
public struct SimulatorDeclaration: Hashable, Sendable {
    public static let defaultInterval: Int64 = 10_000

    public var scenario: String
    public var seed: UInt64
    /// Milliseconds between two simulated readings.
    public var interval: Int64
    public var location: SourceLocation

    public init(scenario: String, seed: UInt64 = 0, interval: Int64 = defaultInterval, location: SourceLocation) {
        self.scenario = scenario
        self.seed = seed
        self.interval = interval
        self.location = location
    }
}
