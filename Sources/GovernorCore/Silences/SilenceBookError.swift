/// Why a change to the silence book was refused, in Alertmanager's words (`silence.Silences.Set` and `Expire`), so
/// an API can answer with the same status and text.
public struct SilenceBookError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// No silence has the id (Alertmanager's `ErrNotFound`).
        case notFound
        /// The silence breaks a rule: no matcher, only matchers that match the empty string, bad times.
        case invalid
        /// Expiring a silence that has already ended.
        case alreadyExpired
        /// The id belongs to a silence kept in a file, which only an edit of that file may change.
        case definedInFile
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static let notFound = SilenceBookError(.notFound, "silence not found")
}
