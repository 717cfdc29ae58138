/// Why a cron expression was rejected, worded for the person who wrote it.
public struct CronError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
