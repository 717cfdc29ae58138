import GovernorCore

/// What the files of `alerts/` contributed, before the cross-file checks turn it into an `AlertingConfiguration`.
struct AlertingConfigurationParts {
    var root: RouteDefinition?
    var rootLocation: SourceLocation?
    var receivers: [ReceiverConfiguration] = []
    var inhibitRules: [InhibitRule] = []
    var timeIntervals: [(name: String, intervals: [TimeInterval], location: SourceLocation)] = []
    var silences: [Silence] = []
    var templates: [String] = []
    var telegramAPIURL: String?
    /// Every receiver a route names, where it names it.
    var receiverReferences: [(name: String, location: SourceLocation)] = []
    /// Every time interval a route names, where it names it.
    var timeIntervalReferences: [(name: String, location: SourceLocation)] = []

    mutating func merge(_ other: AlertingConfigurationParts) {
        if root == nil {
            root = other.root
            rootLocation = other.rootLocation
        }
        receivers += other.receivers
        inhibitRules += other.inhibitRules
        timeIntervals += other.timeIntervals
        silences += other.silences
        templates += other.templates
        telegramAPIURL = other.telegramAPIURL ?? telegramAPIURL
        receiverReferences += other.receiverReferences
        timeIntervalReferences += other.timeIntervalReferences
    }
}
