import Foundation
import GovernorCore

extension UnitTestLoader {
    /// Loads `alerting_config` (paths relative to the test file) for the file's routing tests. Errors are the
    /// alerting loader's diagnostics, or one at the first routing test when the file names no configuration.
    func alertingConfiguration(paths: [String], for file: UnitTestFile) -> (AlertingConfiguration?, [String]) {
        let tests = file.groups.map(\.routingTests)
        guard !paths.isEmpty else {
            guard let first = tests.compactMap(\.firstLocation).min() else { return (nil, []) }
            let message = Diagnostic.error(
                at: first, "routing tests need 'alerting_config'",
                hint: "add e.g. 'alerting_config: ../alerts' at the top of the test file")
            return (nil, [message.description])
        }
        let base = (file.path as NSString).deletingLastPathComponent
        let resolved = paths.map { $0.hasPrefix("/") || base.isEmpty ? $0 : "\(base)/\($0)" }
        let loaded = AlertingConfigLoader().load(paths: resolved)
        let errors = loaded.diagnostics.filter { $0.severity == .error }.map(\.description)
        return errors.isEmpty ? (loaded.configuration, []) : (nil, errors)
    }
}
