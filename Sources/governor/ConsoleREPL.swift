import Foundation
import GovernorConsole

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive console: a prompt with line editing, history (kept beside the state file) and tab completion
/// on a terminal; plain lines when standard input is not one (a pipe, a script).
struct ConsoleREPL {
    let session: ConsoleSession

    var historyFile: ConsoleHistoryFile { ConsoleHistoryFile(beside: session.command.state) }

    func run() async throws {
        let style = ConsoleStyle.standardOutput
        let where_ =
            session.online ? "daemon at \(session.command.url)" : "offline (no daemon at \(session.command.url))"
        print("Governor console, \(where_). Type help for what you can ask, quit to leave.")
        let terminal = isatty(0) == 1 ? RawTerminal() : nil
        var editor = LineEditor(history: historyFile.load())
        while true {
            let line: String?
            if let terminal {
                line = terminal.readLine(prompt: "governor> ", editor: &editor, vocabulary: session.vocabulary)
            } else {
                print("governor> ", terminator: "")
                fflush(nil)
                line = Swift.readLine()
            }
            guard let line else { break }
            let request = line.trimmingCharacters(in: .whitespaces)
            if request.isEmpty { continue }
            if ["quit", "exit", "bye"].contains(request.lowercased()) { break }
            if request.lowercased() == "help" || request == "?" {
                print(Self.help)
                continue
            }
            let result = await session.handle(request) { question in
                if let terminal { return terminal.confirm(question) }
                print(question, terminator: "")
                fflush(nil)
                return Swift.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "y"
            }
            print(result.text(style: style))
            historyFile.save(editor.history)
        }
        historyFile.save(editor.history)
    }

    static var help: String {
        var lines = ["Ask in your own words; these are the intents, with a way to ask for each:"]
        let reading = IntentKind.allCases.filter { $0.action == nil }
        let changing = IntentKind.allCases.filter { $0.action != nil }
        lines += ConsoleTable.lines(reading.map { [$0.usage, $0.summary] })
        lines.append("Changing (asks y/N first, says how to undo):")
        lines += ConsoleTable.lines(changing.map { [$0.usage, $0.summary] })
        lines.append("Keys: Tab completes intents and alert names, Up/Down walk the history, Ctrl-D leaves.")
        return lines.joined(separator: "\n")
    }
}

/// Standard input in raw mode for the length of one line: keys are read byte by byte and the line is redrawn after
/// each, so editing, history and completion work without a line-editing library.
final class RawTerminal {
    func readLine(prompt: String, editor: inout LineEditor, vocabulary: ConsoleVocabulary) -> String? {
        var saved = termios()
        tcgetattr(0, &saved)
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { $0[Int(VMIN)] = 1 }
        tcsetattr(0, TCSAFLUSH, &raw)
        defer { tcsetattr(0, TCSAFLUSH, &saved) }
        var decoder = KeyDecoder()
        draw(prompt, editor)
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(0, &buffer, buffer.count)
            if count <= 0 { return nil }
            for key in decoder.decode(Array(buffer[0..<count])) {
                switch editor.handle(key) {
                case .submit(let line):
                    write("\r\n")
                    return line
                case .finish:
                    write("\r\n")
                    return nil
                case .cancel:
                    write("^C\r\n")
                    draw(prompt, editor)
                case .complete:
                    let options = ConsoleCompletion.complete(editor.line, vocabulary: vocabulary)
                    if options.count == 1 {
                        editor.replace(with: options[0] + " ")
                    } else if let common = ConsoleCompletion.commonPrefix(options), common.count > editor.line.count {
                        editor.replace(with: common)
                    } else if options.count > 1 {
                        let words = options.map { String($0.split(separator: " ").last ?? "") }
                        write("\r\n" + words.joined(separator: "  ") + "\r\n")
                    }
                    draw(prompt, editor)
                case .redraw: draw(prompt, editor)
                case .none: break
                }
            }
        }
    }

    /// A y/N question answered by one line in cooked mode.
    func confirm(_ question: String) -> Bool {
        write(question)
        return Swift.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "y"
    }

    private func draw(_ prompt: String, _ editor: LineEditor) {
        var text = "\r\u{1B}[2K" + prompt + editor.line
        let back = editor.buffer.count - editor.cursor
        if back > 0 { text += "\u{1B}[\(back)D" }
        write(text)
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
