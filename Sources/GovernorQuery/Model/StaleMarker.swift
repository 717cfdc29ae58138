/// Prometheus marks a series as gone with one specific NaN bit pattern.
public enum StaleMarker {
    public static let bitPattern: UInt64 = 0x7ff0_0000_0000_0002
    public static let value = Double(bitPattern: bitPattern)

    public static func isStale(_ value: Double) -> Bool {
        value.bitPattern == bitPattern
    }
}
