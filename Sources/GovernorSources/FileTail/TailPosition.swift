public import GovernorQuery

/// How far a tail has read one file, and what it has counted so far: saved after every read, so that a restart
/// continues exactly where the last read ended, neither missing nor counting a line twice.
public struct TailPosition: Sendable, Hashable {
    /// The file that was read, by device and inode: another pair at the same path means the file was rotated.
    public var device: UInt64
    public var inode: UInt64
    /// Bytes consumed: every complete line before this offset has been counted.
    public var offset: UInt64
    /// Lines consumed, so the next line is number `lines + 1` (for messages).
    public var lines: Int
    /// Counter totals by series. They are saved with the offset, in one write, because a total that ran ahead
    /// of (or behind) the offset it belongs to would double-count (or miss) lines after a restart.
    public var counters: [Labels: Double]

    public init(device: UInt64, inode: UInt64, offset: UInt64, lines: Int, counters: [Labels: Double] = [:]) {
        self.device = device
        self.inode = inode
        self.offset = offset
        self.lines = lines
        self.counters = counters
    }
}
