#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prometheus's scrape cache: the series text of a sample line (`name{label="value",…}` exactly as written),
/// mapped to the id its reader gave the series when it parsed that text. A target serves the same lines scrape
/// after scrape, so a line whose text is known skips the label parsing (a string per name and value, a label
/// set) and only its value and timestamp are read.
///
/// Identical text always parses to the identical label set, so a hit needs no check. Two different texts can
/// name one series (labels in another order, other spacing); each gets an entry, mapped to whatever its reader
/// chose.
///
/// A target also lists its series in the same order every time, so a line is first compared with the text at its
/// position in the last read, which walks memory in order; only a line that differs there is looked up by hash,
/// which costs a cache miss or two per line with 100,000 series.
public struct ExpositionSeriesCache: Sendable {
    private var ids: [SeriesText: Int32] = [:]
    /// The texts of the last complete read's sample lines, in order, and those of the read under way.
    private var lastLines: [Line] = []
    private var lines: [Line] = []

    public init() {}

    public var count: Int { ids.count }

    /// Starts a read: the lines of the last complete read stay what new lines are compared with.
    mutating func begin() {
        lines.removeAll(keepingCapacity: true)
    }

    /// Ends a read that got through the whole body: its lines are what the next read is compared with.
    mutating func finish() {
        swap(&lines, &lastLines)
        lines.removeAll(keepingCapacity: true)
    }

    mutating func id(of text: Range<Int>, in bytes: [UInt8]) -> Int32? {
        let position = lines.count
        if position < lastLines.count, lastLines[position].matches(text, in: bytes) {
            lines.append(lastLines[position])
            return lastLines[position].id
        }
        guard let index = ids.index(forKey: SeriesText(bytes: bytes, range: text)) else { return nil }
        let (known, id) = ids[index]
        lines.append(Line(text: known.bytes, id: id))
        return id
    }

    mutating func remember(_ text: Range<Int>, in bytes: [UInt8], as id: Int32) {
        let copy = Array(bytes[text])
        ids[SeriesText(bytes: copy, range: 0..<text.count, hash: SeriesText.hash(text, of: bytes))] = id
        lines.append(Line(text: copy, id: id))
    }

    /// Keeps each text whose id `renumber` maps to an id, under that id, and forgets the others.
    public mutating func renumber(_ renumber: (Int32) -> Int32?) {
        ids = ids.compactMapValues(renumber)
        // Rare (series were forgotten): the next read finds every line by hash, and the order is learnt again.
        lastLines = []
    }
}

/// One sample line's series text, as the cache holds it, and its id.
private struct Line: Sendable {
    let text: [UInt8]
    let id: Int32

    func matches(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        text.count == range.count
            && text.withUnsafeBytes { stored in
                bytes.withUnsafeBytes { SeriesText.same(stored, UnsafeRawBufferPointer(rebasing: $0[range])) }
            }
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
                    same(
                        UnsafeRawBufferPointer(rebasing: leftBytes[left.range]),
                        UnsafeRawBufferPointer(rebasing: rightBytes[right.range]))
                }
            }
    }

    /// Whether two byte runs of one length are equal (libc's `memcmp`, word by word, where `elementsEqual` checks
    /// one byte at a time).
    static func same(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.count == 0 }
        return memcmp(leftBase, rightBase, left.count) == 0
    }
}
