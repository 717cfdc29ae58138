import GovernorCore

/// A YAML file's text split into lines of Unicode scalars, because libyaml counts columns in scalars.
struct SourceText: Sendable {
    let file: String
    let lines: [[Unicode.Scalar]]

    init(file: String, text: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
