/// The outcome of one `eval` case of one script.
public struct CaseResult: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var expression: String
    /// Nil when the case passed; otherwise what went wrong, in words.
    public var failure: String?

    public init(file: String, line: Int, expression: String, failure: String?) {
        self.file = file
        self.line = line
        self.expression = expression
        self.failure = failure
    }

    public var passed: Bool { failure == nil }
}
