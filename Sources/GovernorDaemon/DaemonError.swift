/// Why the daemon could not start or had to stop, with every diagnostic behind it.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// `file:line:col: error: message` lines, when the cause was the configuration.
    public var diagnostics: [String]

    public init(_ message: String, diagnostics: [String] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }

    public var description: String {
        ([message] + diagnostics).joined(separator: "\n")
    }
}
