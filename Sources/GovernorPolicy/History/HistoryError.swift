/// A history file that could not be read, located at a 1-based line and column.
public struct HistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
