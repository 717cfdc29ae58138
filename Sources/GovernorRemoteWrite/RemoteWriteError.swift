/// Why a remote write body was refused; the message goes back to the writer with a 400.
public struct RemoteWriteError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
