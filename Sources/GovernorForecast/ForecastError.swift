/// What can go wrong inside the forecaster. A rejected answer or an unreachable model is not an error to the
/// caller: it ends in the statistical forecast with this as the recorded reason.
public struct ForecastError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
