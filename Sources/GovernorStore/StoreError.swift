/// A failure of Governor's durable store that is not SQLite's own (those come through as GRDB errors).
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
