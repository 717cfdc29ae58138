public import GovernorSeriesText

/// The conformance cases expected to fail for now, read from `conformance/known-failures.txt`:
/// one `file.test:LINE  reason` per line; `#` starts a comment and blank lines are ignored.
public struct KnownFailures: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var reason: String
        /// Where the entry sits in the list file, for errors about the list itself.
        public var listLine: Int

        public init(file: String, line: Int, reason: String, listLine: Int) {
            self.file = file
            self.line = line
            self.reason = reason
            self.listLine = listLine
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public static func parse(_ text: String) throws(NotationError) -> KnownFailures {
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for line in ScriptLine.split(text) where !line.isBlank {
            let location = line.firstWord
            let reason = line.text.dropFirst(location.count).trimmingSpaces
            guard let colon = location.lastIndex(of: ":"), let number = Int(location[location.index(after: colon)...]),
                number > 0, colon != location.startIndex
            else {
                throw line.error("expected \"file.test:LINE  reason\", found \(goQuoted(String(line.text)))")
            }
            guard !reason.isEmpty else { throw line.error("known failure \(location) needs a reason") }
            let key = String(location)
            if let first = seen[key] { throw line.error("\(key) is already listed on line \(first)") }
            seen[key] = line.number
            entries.append(
                Entry(file: String(location[..<colon]), line: number, reason: reason, listLine: line.number))
        }
        return KnownFailures(entries: entries)
    }

    /// The entry for a case, or nil when the case is expected to pass. Entries name files without
    /// their directory, so `path` may be any path to the script.
    public func entry(file path: String, line: Int) -> Entry? {
        let name = Self.fileName(path)
        return entries.first { $0.file == name && $0.line == line }
    }

    /// The last component of a path, which is how the list names a script.
    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
