public import GovernorQuery

/// An expression as the user wrote it, parsed, with where its text starts in the file.
public struct PolicyExpression: Hashable, Sendable {
    public var text: String
    public var expr: Expr
    /// Where the expression's first character is, so errors inside it point at the right line and column.
    public var location: SourceLocation

    public init(text: String, expr: Expr, location: SourceLocation) {
        self.text = text
        self.expr = expr
        self.location = location
    }
}
