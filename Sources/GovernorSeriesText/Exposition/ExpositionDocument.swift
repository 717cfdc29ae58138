/// Everything one text exposition says: its samples in order, and the `# TYPE` and `# HELP` metadata of its
/// metric families, keyed by family name.
public struct ExpositionDocument: Sendable, Hashable {
    public var samples: [ExpositionSample]
    public var types: [String: ExpositionMetricType]
    public var help: [String: String]

    public init(
        samples: [ExpositionSample] = [], types: [String: ExpositionMetricType] = [:], help: [String: String] = [:]
    ) {
        self.samples = samples
        self.types = types
        self.help = help
    }
}
