import GovernorCore
import Synchronization

/// Template texts already parsed without error while one set of files is loaded, shared by the readers that run in
/// parallel: rule files repeat the same few label and annotation templates thousands of times, and each needs
/// parsing only once to know it is valid. Failures are not kept, so each failing place reports its own error.
final class CheckedTemplates: Sendable {
    private let valid = Mutex<Set<String>>([])

    /// Parses `text` as an alert template unless it already parsed; the error of a template that does not parse.
    func check(_ text: String) throws(TemplateError) {
        // Text without an action is always a valid template, and costs less to recognise than to look up.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return }
        if valid.withLock({ $0.contains(text) }) { return }
        _ = try AlertTemplate(text)
        valid.withLock { _ = $0.insert(text) }
    }
}
