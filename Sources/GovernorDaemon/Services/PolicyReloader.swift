import GovernorCore
import GovernorPolicy

/// Reads and compiles the policy and alerts files beside the evaluation loop, so ticks go on meanwhile, then hands
/// the result to the core, which adopts it only if it has no error. SIGHUP, a changed file and the HTTP API all
/// reload through this.
public struct PolicyReloader: Sendable {
    let configuration: DaemonConfiguration

    public init(configuration: DaemonConfiguration) {
        self.configuration = configuration
    }

    /// Whether the new policies were adopted, and every problem found (`file:line:col: error: message`).
    @discardableResult
    public func reload(_ core: DaemonCore, reason: String) async -> (adopted: Bool, diagnostics: [String]) {
        let loaded = ConfigurationLoader(environment: configuration.environment).load(
            policies: configuration.policyPaths, alerts: configuration.alertsPath)
        let adopted = await core.reload(loaded, reason: reason)
        return (adopted, loaded.errors.map(\.description))
    }
}
