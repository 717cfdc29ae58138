/// Why the HTTP server could not start (its key, its address).
public struct HTTPSetupError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
