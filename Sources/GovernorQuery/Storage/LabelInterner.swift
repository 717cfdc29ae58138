/// Gives every distinct label string one small integer id and keeps one shared copy of it.
///
/// Real series repeat the same few names and values endlessly (`job`, `instance`, `200`), so the
/// store keeps each string once and indexes by 4-byte ids instead of by strings.
struct LabelInterner: Sendable {
    typealias ID = UInt32

    private var idsByString: [String: ID] = [:]
    private var strings: [String] = []

    var count: Int { strings.count }

    /// The id of `string`, assigning the next free one the first time the string is seen.
    mutating func intern(_ string: String) -> ID {
        if let id = idsByString[string] { return id }
        let id = ID(strings.count)
        strings.append(string)
        idsByString[string] = id
        return id
    }

    /// The id of `string` if it has ever been interned; a string never seen cannot match any series.
    func id(of string: String) -> ID? { idsByString[string] }

    /// The shared copy of the string behind `id`.
    subscript(id: ID) -> String { strings[Int(id)] }

    /// Bytes held: each string once (out-of-line past Swift's 15-byte small-string form), its
    /// slot in the id table and its dictionary entry.
    var estimatedBytes: Int {
        let stringBytes = strings.reduce(0) { total, string in
            let utf8Count = string.utf8.count
            return total + (utf8Count > 15 ? 32 + utf8Count : 0)
        }
        let tableBytes = strings.capacity * MemoryLayout<String>.stride
        let dictionaryBytes = idsByString.capacity * (MemoryLayout<String>.stride + MemoryLayout<ID>.stride + 1)
        return stringBytes + tableBytes + dictionaryBytes
    }
}
