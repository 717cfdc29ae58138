import CSnappy

/// Snappy block format (not the framed stream format), which Prometheus remote write uses for its bodies.
public enum SnappyBlock {
    /// The decompressed bytes; throws when `compressed` is not a valid block, or would decompress to more than
    /// `limit` bytes (a small body must not be able to claim gigabytes).
    public static func decompress(_ compressed: [UInt8], limit: Int) throws(RemoteWriteError) -> [UInt8] {
        var length = 0
        let status = compressed.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) {
                snappy_uncompressed_length($0.baseAddress, $0.count, &length)
            }
        }
        guard status == SNAPPY_OK else {
            throw RemoteWriteError("the body is not snappy block-compressed data (its length header is invalid)")
        }
        guard length <= limit else {
            throw RemoteWriteError("the body decompresses to \(length) bytes, over the limit of \(limit)")
        }
        var output = [UInt8](repeating: 0, count: length)
        var written = length
        let result = compressed.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                input.withMemoryRebound(to: CChar.self) { source in
                    out.withMemoryRebound(to: CChar.self) { target in
                        snappy_uncompress(source.baseAddress, source.count, target.baseAddress, &written)
                    }
                }
            }
        }
        guard result == SNAPPY_OK else { throw RemoteWriteError("the body is corrupt snappy block-compressed data") }
        return Array(output.prefix(written))
    }

    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var length = snappy_max_compressed_length(bytes.count)
        var output = [UInt8](repeating: 0, count: length)
        _ = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                input.withMemoryRebound(to: CChar.self) { source in
                    out.withMemoryRebound(to: CChar.self) { target in
                        snappy_compress(source.baseAddress, source.count, target.baseAddress, &length)
                    }
                }
            }
        }
        return Array(output.prefix(length))
    }
}
