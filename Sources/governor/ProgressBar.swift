import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so that logs and pipes
/// get no carriage returns.
struct ProgressBar {
    let total: Int
    private(set) var done = 0
    private let visible: Bool

    init(total: Int, visible: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.visible = visible && total > 0
    }

    mutating func advance(label: String) {
        done += 1
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\(Self.line(done: done, total: total, label: label))".utf8))
    }

    func finish() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `[#########...........]  45/100 payment-outage`
    static func line(done: Int, total: Int, label: String, width: Int = 30) -> String {
        let filled = total == 0 ? width : width * min(done, total) / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = String(done).leftPadded(to: String(total).count)
        return "[\(bar)] \(count)/\(total) \(label)\u{1B}[K"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
