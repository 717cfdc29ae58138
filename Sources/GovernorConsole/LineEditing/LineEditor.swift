/// A line being edited at a raw-mode terminal, as a value: each key changes the buffer, cursor or history position
/// and returns what the terminal should do. No I/O, so it is tested without a terminal.
public struct LineEditor: Sendable {
    public enum Key: Hashable, Sendable {
        case character(Character)
        case enter, backspace, delete, left, right, up, down, home, end, tab
        /// Ctrl-C: drop the line. Ctrl-D: end of input on an empty line, else delete.
        case interrupt, endOfInput
        /// Ctrl-U: erase to the start. Ctrl-K: erase to the end.
        case eraseToStart, eraseToEnd
    }

    public enum Action: Hashable, Sendable {
        case redraw
        case submit(String)
        /// Complete the line now in the buffer (the caller knows the vocabulary).
        case complete
        case cancel
        case finish
        case none
    }

    public private(set) var buffer: [Character] = []
    public private(set) var cursor = 0
    public private(set) var history: [String]
    /// Where the up and down keys are in the history; `history.count` is the line being typed.
    private var position: Int
    private var draft: [Character] = []

    public init(history: [String] = []) {
        self.history = history
        position = history.count
    }

    public var line: String { String(buffer) }

    public mutating func handle(_ key: Key) -> Action {
        switch key {
        case .character(let character):
            buffer.insert(character, at: cursor)
            cursor += 1
        case .enter:
            let submitted = line
            if !submitted.allSatisfy(\.isWhitespace), history.last != submitted { history.append(submitted) }
            reset()
            return .submit(submitted)
        case .backspace:
            guard cursor > 0 else { return .none }
            cursor -= 1
            buffer.remove(at: cursor)
        case .delete:
            guard cursor < buffer.count else { return .none }
            buffer.remove(at: cursor)
        case .endOfInput:
            if buffer.isEmpty { return .finish }
            return handle(.delete)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(buffer.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = buffer.count
        case .up:
            guard position > 0 else { return .none }
            if position == history.count { draft = buffer }
            position -= 1
            setBuffer(Array(history[position]))
        case .down:
            guard position < history.count else { return .none }
            position += 1
            setBuffer(position == history.count ? draft : Array(history[position]))
        case .tab: return .complete
        case .interrupt:
            reset()
            return .cancel
        case .eraseToStart:
            buffer.removeFirst(cursor)
            cursor = 0
        case .eraseToEnd: buffer.removeLast(buffer.count - cursor)
        }
        return .redraw
    }

    /// Replaces the line (after a completion), cursor at its end.
    public mutating func replace(with line: String) {
        setBuffer(Array(line))
    }

    private mutating func setBuffer(_ characters: [Character]) {
        buffer = characters
        cursor = characters.count
    }

    private mutating func reset() {
        buffer = []
        cursor = 0
        draft = []
        position = history.count
    }
}
