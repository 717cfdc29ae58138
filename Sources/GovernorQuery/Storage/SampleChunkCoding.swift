/// The bit-level encoding of Governor's sample chunks: Gorilla's, as Prometheus's XOR chunks use it.
///
/// A timestamp is stored as the change of its delta (delta-of-delta) in one of five widths, a value as the XOR
/// with the previous value, reusing the previous run of meaningful bits when the new one fits inside it. Regular
/// scrapes cost 1 bit of timestamp; a counter's value usually a dozen or two bits.
enum SampleChunkCoding {
    /// Marks "no meaningful-bit window yet": the next changed value writes its own.
    static let noWindow: UInt8 = 0xff

    /// The prefix length and payload width for a delta-of-delta, in the order tried.
    private static let timestampBuckets: [(prefix: UInt64, prefixBits: Int, payloadBits: Int)] = [
        (0b10, 2, 14), (0b110, 3, 17), (0b1110, 4, 20),
    ]

    static func fits(_ value: Int64, bits: Int) -> Bool {
        let limit = Int64(1) << (bits - 1)
        return value >= -limit && value < limit
    }

    static func writeTimestampChange(_ change: Int64, into writer: inout BitWriter) {
        if change == 0 {
            writer.write(0, bits: 1)
            return
        }
        for bucket in timestampBuckets where fits(change, bits: bucket.payloadBits) {
            writer.write(bucket.prefix, bits: bucket.prefixBits)
            writer.write(UInt64(bitPattern: change) & mask(bucket.payloadBits), bits: bucket.payloadBits)
            return
        }
        writer.write(0b1111, bits: 4)
        writer.write(UInt64(bitPattern: change), bits: 64)
    }

    @inline(__always) static func readTimestampChange(from reader: inout BitReader) -> Int64 {
        var prefixOnes = 0
        while prefixOnes < 4, reader.readBit() { prefixOnes += 1 }
        let width: Int
        switch prefixOnes {
        case 0: return 0
        case 1: width = 14
        case 2: width = 17
        case 3: width = 20
        default: return Int64(bitPattern: reader.read(bits: 64))
        }
        let raw = reader.read(bits: width)
        // Sign-extends the payload.
        let shift = UInt64(64 - width)
        return Int64(bitPattern: raw &<< shift) &>> shift
    }

    /// Writes `value` as its XOR with `previous`, updating the meaningful-bit window.
    static func writeValue(
        _ value: UInt64, previous: UInt64, leading: inout UInt8, trailing: inout UInt8, into writer: inout BitWriter
    ) {
        let delta = value ^ previous
        if delta == 0 {
            writer.write(0, bits: 1)
            return
        }
        let newLeading = UInt8(min(delta.leadingZeroBitCount, 31))
        let newTrailing = UInt8(delta.trailingZeroBitCount)
        if leading != noWindow, newLeading >= leading, newTrailing >= trailing {
            writer.write(0b10, bits: 2)
            writer.write(delta &>> UInt64(trailing), bits: 64 - Int(leading) - Int(trailing))
            return
        }
        leading = newLeading
        trailing = newTrailing
        let significant = 64 - Int(newLeading) - Int(newTrailing)
        writer.write(0b11, bits: 2)
        writer.write(UInt64(newLeading), bits: 5)
        // 64 significant bits do not fit in 6 bits; 0 stands for them, since 0 never occurs.
        writer.write(UInt64(significant & 63), bits: 6)
        writer.write(delta &>> UInt64(newTrailing), bits: significant)
    }

    @inline(__always) static func readValue(
        previous: UInt64, leading: inout UInt8, trailing: inout UInt8, from reader: inout BitReader
    ) -> UInt64 {
        if !reader.readBit() { return previous }
        if reader.readBit() {
            leading = UInt8(reader.read(bits: 5))
            var significant = Int(reader.read(bits: 6))
            if significant == 0 { significant = 64 }
            trailing = UInt8(64 - Int(leading) - significant)
        }
        let significant = 64 - Int(leading) - Int(trailing)
        return previous ^ (reader.read(bits: significant) &<< UInt64(trailing))
    }

    @inline(__always) static func mask(_ bits: Int) -> UInt64 {
        bits >= 64 ? .max : (UInt64(1) &<< UInt64(bits)) &- 1
    }
}

/// Appends bits, most significant first, to the end of a word array. The two words being filled are kept apart, in
/// `tail`, and join the array together once both are full (or sealed by `flush`): most samples then touch no memory
/// but their series' own fields. Joining the array reads its header, a cache miss for every series that spills in a
/// scrape; two words at a time, half as many series spill.
struct BitWriter {
    var words: SeriesWords
    /// The two words being filled, from the most significant bit of the first.
    var tail: UInt128
    /// Bits of `tail` not yet written: 128 when it holds nothing.
    var freeBits: Int

    mutating func write(_ value: UInt64, bits: Int) {
        guard bits > 0 else { return }
        if bits < freeBits {
            tail |= UInt128(value) &<< UInt128(freeBits - bits)
            freeBits -= bits
            return
        }
        let spill = bits - freeBits
        let full = tail | UInt128(value) &>> UInt128(spill)
        words.append(UInt64(truncatingIfNeeded: full &>> 64))
        words.append(UInt64(truncatingIfNeeded: full))
        tail = spill == 0 ? 0 : UInt128(value) &<< UInt128(128 - spill)
        freeBits = 128 - spill
    }

    /// Moves a partly written `tail` into the array, so what is appended next starts on a word boundary.
    mutating func flush() {
        guard freeBits < 128 else { return }
        words.append(UInt64(truncatingIfNeeded: tail &>> 64))
        if freeBits < 64 { words.append(UInt64(truncatingIfNeeded: tail)) }
        tail = 0
        freeBits = 128
    }
}

/// Reads bits, most significant first, from a word buffer followed by a writer's partly written `tail`.
struct BitReader {
    let words: UnsafeBufferPointer<UInt64>
    let tail: UInt128
    var word: Int
    /// Bits of the current word already read.
    var used: Int

    /// Word `index`: past the buffer's end, the tail's first word, then its second.
    @inline(__always) private func at(_ index: Int) -> UInt64 {
        if index < words.count { return words[index] }
        return UInt64(truncatingIfNeeded: index == words.count ? tail &>> 64 : tail)
    }

    @inline(__always) mutating func readBit() -> Bool {
        let bit = (at(word) &>> UInt64(63 - used)) & 1 == 1
        used += 1
        if used == 64 {
            used = 0
            word += 1
        }
        return bit
    }

    @inline(__always) mutating func read(bits: Int) -> UInt64 {
        guard bits > 0 else { return 0 }
        let available = 64 - used
        if bits < available {
            let value = (at(word) &<< UInt64(used)) &>> UInt64(64 - bits)
            used += bits
            return value
        }
        let high = available == 64 ? at(word) : at(word) & SampleChunkCoding.mask(available)
        word += 1
        let rest = bits - available
        used = rest
        if rest == 0 { return high }
        return (high &<< UInt64(rest)) | (at(word) &>> UInt64(64 - rest))
    }
}
