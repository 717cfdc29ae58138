import GovernorConsole
import Testing

/// The REPL's line editing as a value: keys from terminal bytes, editing, history, completion.
@Suite struct LineEditorTests {
    static func type(_ text: String, into editor: inout LineEditor) {
        for character in text { _ = editor.handle(.character(character)) }
    }

    @Test func editingMovesTheCursorAndSubmitsTheLine() {
        var editor = LineEditor()
        Self.type("chek slo", into: &editor)
        for _ in 0..<5 { _ = editor.handle(.left) }
        _ = editor.handle(.character("c"))
        #expect(editor.line == "check slo" && editor.cursor == 4)
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        #expect(editor.handle(.enter) == .submit("check sl"))
        #expect(editor.line.isEmpty && editor.history == ["check sl"])
    }

    @Test func historyWalksUpAndBackDownToTheDraft() {
        var editor = LineEditor(history: ["status", "alerts"])
        Self.type("pay", into: &editor)
        _ = editor.handle(.up)
        #expect(editor.line == "alerts")
        _ = editor.handle(.up)
        #expect(editor.line == "status")
        #expect(editor.handle(.up) == .none)
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.line == "pay")
        _ = editor.handle(.enter)
        _ = editor.handle(.up)
        _ = editor.handle(.enter)
        #expect(editor.history == ["status", "alerts", "pay"])
    }

    @Test func controlKeysEraseCancelAndEnd() {
        var editor = LineEditor()
        Self.type("silence X", into: &editor)
        _ = editor.handle(.home)
        _ = editor.handle(.eraseToEnd)
        #expect(editor.line.isEmpty)
        Self.type("abc", into: &editor)
        #expect(editor.handle(.interrupt) == .cancel && editor.line.isEmpty)
        #expect(editor.handle(.endOfInput) == .finish)
        #expect(editor.handle(.tab) == .complete)
    }

    @Test func theDecoderReadsArrowsUTF8AndSplitSequences() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B, 0x5B, 0x41, 0x61, 0x0D]) == [.up, .character("a"), .enter])
        #expect(decoder.decode([0x1B, 0x5B]) == [])
        #expect(decoder.decode([0x44, 0x1B, 0x5B, 0x33, 0x7E, 0x7F, 0x09]) == [.left, .delete, .backspace, .tab])
        #expect(decoder.decode(Array("é".utf8)) == [.character("é")])
        #expect(decoder.decode([0x03, 0x04, 0x15, 0x0B]) == [.interrupt, .endOfInput, .eraseToStart, .eraseToEnd])
    }

    @Test func completionOffersIntentsFirstThenAlertAndGroupNames() {
        let vocabulary = GrammarTests.vocabulary
        #expect(ConsoleCompletion.complete("st", vocabulary: vocabulary) == ["status"])
        #expect(ConsoleCompletion.complete("re", vocabulary: vocabulary) == ["reload", "resume"])
        #expect(ConsoleCompletion.complete("explain Pay", vocabulary: vocabulary) == ["explain PaymentsDown"])
        #expect(ConsoleCompletion.complete("pause group a", vocabulary: vocabulary) == ["pause group api"])
        #expect(ConsoleCompletion.commonPrefix(["silence", "silences"]) == "silence")
        #expect(ConsoleCompletion.complete("explain zz", vocabulary: vocabulary).isEmpty)
    }
}
