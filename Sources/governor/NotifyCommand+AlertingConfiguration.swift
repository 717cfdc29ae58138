import Foundation
import GovernorCore
import GovernorPolicy

extension NotifyCommand {
    /// The receivers `alerts/` (or `--config`) defines. Warnings are printed (an unset token variable is one, and
    /// the send then fails naming it); errors stop here, since a half-read file could name the wrong receiver.
    func receiversFromAlertingConfiguration() throws -> [ReceiverConfiguration] {
        let result = AlertingConfigLoader(environment: ProcessInfo.processInfo.environment).load(paths: configPaths)
        for diagnostic in result.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        guard !result.hasErrors, let configuration = result.configuration else {
            throw NotifyFailure("\(configPaths.joined(separator: ", ")): the alerting configuration has errors")
        }
        return configuration.receivers
    }
}
