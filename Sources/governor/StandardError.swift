import Foundation

/// Writes one line to standard error, where diagnostics go so that standard output stays parseable.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
