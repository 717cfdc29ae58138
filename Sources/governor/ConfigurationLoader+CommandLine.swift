import Foundation
import GovernorCore
import GovernorPolicy

extension ConfigurationLoader {
    /// The loader every command uses: `${env:NAME}` in alerts/ resolves from this process's environment.
    static func commandLine(planSharedSubexpressions: Bool = true) -> ConfigurationLoader {
        ConfigurationLoader(
            environment: ProcessInfo.processInfo.environment, planSharedSubexpressions: planSharedSubexpressions)
    }
}

extension ConfigurationLoader.Loaded {
    /// Prints every error to standard error and says whether there was any. Warnings are left out: a command that
    /// goes on after them does so correctly, and `governor check` is where they are read.
    func printErrors() -> Bool {
        for diagnostic in errors { printError(diagnostic.description) }
        return hasErrors
    }
}

/// Whether `path` is an existing directory: commands read `alerts/` by default only when it is there.
func isExistingDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}
