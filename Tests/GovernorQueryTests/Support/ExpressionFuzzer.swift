/// Seeded random expressions for the fuzz tests: every run fuzzes the same inputs, so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum ExpressionFuzzer {
    static let fragments = [
        "sum", "by", "without", "(", ")", "{", "}", "[", "]", ":", ",", "5m", "1h30m", "0s", "offset", "@", "start()",
        "end()", "rate", "x", "foo:bar", "\"a\"", "'b'", "`c`", "=", "=~", "!=", "!~", "+", "-", "*", "/", "^", "%",
        "==", ">", "bool", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "topk", "1", "0x1f",
        ".5", "Inf", "NaN", "#", "\n", " ", "label_join", "histogram_quantile", "\"\\x", "é", "\u{0}",
    ]

    /// A seed expression with a few random edits: deletions, duplications and inserted fragments.
    static func mutate(_ seed: String, using random: inout SplitMix64) -> String {
        var characters = Array(seed)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0 where !characters.isEmpty:
                characters.remove(at: position)
            case 1 where !characters.isEmpty:
                let end = min(characters.count, position + Int.random(in: 1...8, using: &random))
                characters.insert(contentsOf: characters[position..<end], at: position)
            default:
                characters.insert(contentsOf: fragments.randomElement(using: &random)!, at: position)
            }
        }
        return String(characters)
    }

    static func tokenSoup(using random: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...20, using: &random)).map { _ in fragments.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
    }

    static func randomBytes(using random: inout SplitMix64) -> String {
        let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
