public import GovernorCore

/// A receiver that cannot be built from its configuration. Names the receiver and the setting, never a
/// secret's value.
public struct ReceiverError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): error: \(message)" }
}
