/// Prometheus's scrape cache: the series text of a sample line (`name{label="value",…}` exactly as written),
/// mapped to the id its reader gave the series when it parsed that text. A target serves the same lines scrape
/// after scrape, so a line whose text is known skips the label parsing (a string per name and value, a label
/// set) and only its value and timestamp are read.
///
/// Identical text always parses to the identical label set, so a hit needs no check. Two different texts can
/// name one series (labels in another order, other spacing); each gets an entry, mapped to whatever its reader
/// chose.
public struct ExpositionSeriesCache: Sendable {
    private var ids: [SeriesText: Int32] = [:]

    public init() {}

    public var count: Int { ids.count }

    func id(of text: Range<Int>, in bytes: [UInt8]) -> Int32? {
        ids[SeriesText(bytes: bytes, range: text)]
    }

    mutating func remember(_ text: Range<Int>, in bytes: [UInt8], as id: Int32) {
        ids[SeriesText(bytes: Array(bytes[text]), range: 0..<text.count, hash: SeriesText.hash(text, of: bytes))] = id
    }

    /// Keeps each text whose id `renumber` maps to an id, under that id, and forgets the others.
    public mutating func renumber(_ renumber: (Int32) -> Int32?) {
        ids = ids.compactMapValues(renumber)
    }
}

/// A range of bytes compared and hashed by content. A lookup borrows the scraped body; a stored key owns a copy
/// of just its text. The content's hash is kept beside it: a lookup compares it first, and reads a stored text
/// (another block of memory) only when the hashes agree.
private struct SeriesText: Hashable, Sendable {
    let bytes: [UInt8]
    let range: Range<Int>
    let hash: Int

    init(bytes: [UInt8], range: Range<Int>, hash: Int? = nil) {
        self.bytes = bytes
        self.range = range
        self.hash = hash ?? Self.hash(range, of: bytes)
    }

    static func hash(_ range: Range<Int>, of bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[range])) }
        return hasher.finalize()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (left: SeriesText, right: SeriesText) -> Bool {
        left.hash == right.hash && left.range.count == right.range.count
            && left.bytes.withUnsafeBytes { leftBytes in
                right.bytes.withUnsafeBytes { rightBytes in
                    leftBytes[left.range].elementsEqual(rightBytes[right.range])
                }
            }
    }
}
