import GovernorCore
import GovernorPolicy

extension NotifyCommand {
    /// The receivers `alerts/` (or `--config`) defines. Errors are printed and stop here, since a half-read file
    /// could name the wrong receiver; a warning (an unset token variable is one) does not, and the send then fails
    /// naming the variable.
    func receiversFromAlertingConfiguration() throws -> [ReceiverConfiguration] {
        let loaded = ConfigurationLoader.commandLine().load(policies: [], alerts: configPaths)
        guard !loaded.printErrors(), let configuration = loaded.alerting else {
            throw NotifyFailure("\(configPaths.joined(separator: ", ")): the alerting configuration has errors")
        }
        return configuration.receivers
    }
}
