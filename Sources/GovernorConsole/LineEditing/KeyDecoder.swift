/// Turns the bytes a terminal sends in raw mode into keys: printable UTF-8, control characters and the VT100/xterm
/// escape sequences for arrows, Home, End and Delete. Bytes of an unfinished sequence wait for the next read.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    public mutating func decode(_ bytes: [UInt8]) -> [LineEditor.Key] {
        pending += bytes
        var keys: [LineEditor.Key] = []
        while !pending.isEmpty {
            guard let (key, used) = Self.next(pending) else { break }
            pending.removeFirst(used)
            if let key { keys.append(key) }
        }
        return keys
    }

    /// The first key and how many bytes it took (a nil key for bytes that mean nothing here); nil when more bytes
    /// are needed.
    static func next(_ bytes: [UInt8]) -> (LineEditor.Key?, Int)? {
        let first = bytes[0]
        switch first {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x01: return (.home, 1)
        case 0x05: return (.end, 1)
        case 0x15: return (.eraseToStart, 1)
        case 0x0B: return (.eraseToEnd, 1)
        case 0x02: return (.left, 1)
        case 0x06: return (.right, 1)
        case 0x10: return (.up, 1)
        case 0x0E: return (.down, 1)
        case 0x1B:
            guard bytes.count >= 3 else {
                return bytes.count == 1 ? nil : (bytes[1] == 0x5B || bytes[1] == 0x4F ? nil : (nil, 2))
            }
            guard bytes[1] == 0x5B || bytes[1] == 0x4F else { return (nil, 2) }
            switch bytes[2] {
            case 0x41: return (.up, 3)
            case 0x42: return (.down, 3)
            case 0x43: return (.right, 3)
            case 0x44: return (.left, 3)
            case 0x48: return (.home, 3)
            case 0x46: return (.end, 3)
            default:
                // `ESC [ n ~`: 1 and 7 Home, 4 and 8 End, 3 Delete.
                guard let tilde = bytes[2...].firstIndex(of: 0x7E) else {
                    return bytes.count < 6 ? nil : (nil, bytes.count)
                }
                let code = String(decoding: bytes[2..<tilde], as: UTF8.self)
                let key: LineEditor.Key? =
                    switch code {
                    case "1", "7": .home
                    case "4", "8": .end
                    case "3": .delete
                    default: nil
                    }
                return (key, tilde + 1)
            }
        case ..<0x20: return (nil, 1)
        default:
            let length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
            guard bytes.count >= length else { return nil }
            let text = String(decoding: bytes[0..<length], as: UTF8.self)
            return (text.first.map { .character($0) }, length)
        }
    }
}
