import Foundation

/// An open file being tailed: its identity, and reads from an offset. Kept open between reads so that lines
/// written to a file just before it is rotated away are still read.
final class TailedFile {
    let descriptor: Int32
    let device: UInt64
    let inode: UInt64

    /// Opens `path`, or returns nil (with `errno` set) when it cannot be opened.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let identity = Self.identity(descriptor: descriptor) else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        (device, inode) = identity
    }

    deinit { close(descriptor) }

    /// The file's current size in bytes.
    var size: UInt64 {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return 0 }
        return UInt64(status.st_size)
    }

    /// Device and inode of whatever is at `path` now, or nil when nothing is.
    static func identity(of path: String) -> (UInt64, UInt64)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    private static func identity(descriptor: Int32) -> (UInt64, UInt64)? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    /// Up to `count` bytes from `offset`.
    func read(from offset: UInt64, count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
            }
            if got <= 0 { break }
            filled += got
        }
        return Array(buffer[0..<filled])
    }
}
