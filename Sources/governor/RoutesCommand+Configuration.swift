import ArgumentParser
import GovernorCore
import GovernorPolicy

extension RoutesCommand {
    /// Loads `paths`, printing errors to standard error and failing when there are any: routing a label set
    /// through a half-read tree would give a wrong answer.
    static func loadConfiguration(_ paths: [String]) throws -> AlertingConfiguration {
        let loaded = ConfigurationLoader.commandLine().load(policies: [], alerts: paths)
        guard !loaded.printErrors(), let configuration = loaded.alerting else { throw ExitCode.failure }
        return configuration
    }
}
