public import GovernorQuery

/// Alertmanager's alert fingerprint (`model.LabelSet.Fingerprint`): 64-bit FNV-1a over the label names and
/// values in name order, each followed by a 0xff separator, printed as 16 hex digits. Receivers that talk to
/// Alertmanager-aware tools see the same fingerprint Alertmanager would have given.
public enum AlertFingerprint {
    public static func of(_ labels: Labels) -> String {
        var hash = FNV1a()
        for label in labels.pairs.sorted(by: { $0.name < $1.name }) {
            hash.add(label.name)
            hash.addSeparator()
            hash.add(label.value)
            hash.addSeparator()
        }
        return hash.hex
    }
}

/// 64-bit FNV-1a, the hash Prometheus and Alertmanager use for label sets.
struct FNV1a {
    private(set) var value: UInt64 = 14_695_981_039_346_656_037
    private static let prime: UInt64 = 1_099_511_628_211

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= Self.prime
    }

    mutating func addSeparator() { add(0xff) }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
