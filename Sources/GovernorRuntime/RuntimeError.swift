/// Why evaluation could not start or a policy could not be scheduled: a bad replay range, a group whose schedule
/// never ticks.
public struct RuntimeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
