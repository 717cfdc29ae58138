/// A series' word array (`CompressedSeries`): copy-on-write like an array, but its count and capacity share one word
/// of header where an array keeps two, so each series of a store takes 8 bytes less.
///
/// Sendable as an array is: a buffer is written only by a holder that is its only one (`makeUnique`), so copies on
/// other threads never see it change.
struct SeriesWords: @unchecked Sendable {
    private var buffer: Buffer?

    var count: Int { buffer.map { Int($0.header.count) } ?? 0 }

    var capacity: Int { buffer.map { Int($0.header.capacity) } ?? 0 }

    subscript(index: Int) -> UInt64 {
        get {
            precondition(index >= 0 && index < count, "word index out of range")
            return buffer.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] }
        }
        set {
            precondition(index >= 0 && index < count, "word index out of range")
            makeUnique()
            buffer.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] = newValue }
        }
    }

    /// Appends a word. A full buffer grows by an eighth rather than doubling: a series' words are most of its bytes,
    /// and a doubled buffer is on average a quarter empty. Still geometric, so appends stay amortised O(1).
    mutating func append(_ word: UInt64) {
        if isKnownUniquelyReferenced(&buffer),
            buffer.unsafelyUnwrapped.withUnsafeMutablePointers({ header, words in
                let count = header.pointee.count
                guard count < header.pointee.capacity else { return false }
                words[Int(count)] = word
                header.pointee.count = count + 1
                return true
            })
        {
            return
        }
        reallocate(capacity: count + count / 8 + 2)
        buffer.unsafelyUnwrapped.withUnsafeMutablePointers { header, words in
            words[Int(header.pointee.count)] = word
            header.pointee.count += 1
        }
    }

    /// Drops the first `dropped` words, moving the rest to the front.
    mutating func removeFirst(_ dropped: Int) {
        precondition(dropped >= 0 && dropped <= count, "cannot remove more words than held")
        guard dropped > 0 else { return }
        makeUnique()
        buffer.unsafelyUnwrapped.withUnsafeMutablePointers { header, words in
            let kept = Int(header.pointee.count) - dropped
            words.update(from: words + dropped, count: kept)
            header.pointee.count = UInt32(kept)
        }
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        guard let buffer else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return buffer.withUnsafeMutablePointers { header, words in
            body(UnsafeBufferPointer(start: words, count: Int(header.pointee.count)))
        }
    }

    /// A buffer of its own before a write, when another copy of the series shares this one.
    private mutating func makeUnique() {
        if buffer != nil, !isKnownUniquelyReferenced(&buffer) { reallocate(capacity: capacity) }
    }

    /// Moves the words to a new buffer with room for `capacity` (or as many as the allocation holds).
    private mutating func reallocate(capacity minimum: Int) {
        let count = self.count
        let fresh = Buffer.create(minimumCapacity: max(minimum, count)) { _ in Counts(count: 0, capacity: 0) }
        let grown = unsafeDowncast(fresh, to: Buffer.self)
        let capacity = UInt32(clamping: grown.capacity)
        grown.withUnsafeMutablePointers { header, words in
            header.pointee = Counts(count: UInt32(count), capacity: capacity)
            if let buffer {
                buffer.withUnsafeMutablePointerToElements { words.initialize(from: $0, count: count) }
            }
        }
        buffer = grown
    }

    private struct Counts {
        var count: UInt32
        var capacity: UInt32
    }

    /// The words behind their counts.
    private final class Buffer: ManagedBuffer<Counts, UInt64> {}
}
