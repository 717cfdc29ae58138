/// A malformed promqltest script (or load file), located at a 1-based line and column.
public struct NotationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    /// The file the script came from, when it came from one; it prefixes the description.
    public var file: String?

    public init(line: Int, column: Int, message: String, file: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.file = file
    }

    /// `file:line:col: error: message`, or `line:col: error: message` without a file.
    public var description: String {
        let location = "\(line):\(column)"
        guard let file else { return "\(location): error: \(message)" }
        return "\(file):\(location): error: \(message)"
    }

    /// The same error, attributed to `file`.
    public func inFile(_ file: String) -> NotationError {
        var copy = self
        copy.file = file
        return copy
    }
}
