import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorReceivers

@Suite struct TelegramTextTests {
    @Test func htmlEscapesOnlyItsThreeCharacters() {
        #expect(TelegramEscaping.escape("a<b> & \"c\" p95_x", for: .html) == "a&lt;b&gt; &amp; \"c\" p95_x")
    }

    @Test func markdownV2EscapesEveryReservedCharacter() {
        let reserved = "_*[]()~`>#+-=|{}.!\\"
        let escaped = TelegramEscaping.escape(reserved, for: .markdownV2)
        #expect(escaped == reserved.map { "\\\($0)" }.joined())
        #expect(TelegramEscaping.escape("plain text 65%", for: .markdownV2) == "plain text 65%")
    }

    @Test func legacyMarkdownEscapesItsFour() {
        #expect(TelegramEscaping.escape("_*`[ ] . !", for: .markdown) == "\\_\\*\\`\\[ ] . !")
    }

    @Test func shortMessagesStayWhole() {
        #expect(TelegramMessageSplitter.split("a\nb", limit: 10) == ["a\nb"])
    }

    @Test func splitsOnLineBoundaries() {
        #expect(TelegramMessageSplitter.split("aaaa\nbbbb\ncccc", limit: 9) == ["aaaa\nbbbb", "cccc"])
    }

    @Test func neverSplitsAnEscape() {
        // A cut at 5 would leave `\` at the end of the first part and `_` at the start of the second.
        let parts = TelegramMessageSplitter.split("abcd\\_efgh", limit: 5)
        #expect(parts == ["abcd", "\\_efg", "h"])
        #expect(parts.joined() == "abcd\\_efgh")
    }

    @Test func neverSplitsAnHTMLEntity() {
        let parts = TelegramMessageSplitter.split("abc&amp;def", limit: 6)
        #expect(parts == ["abc", "&amp;d", "ef"])
    }

    @Test func everyPartFitsInTelegramsLimit() {
        let text = TelegramEscaping.escape(String(repeating: "p95_latency. ", count: 1_000), for: .markdownV2)
        let parts = TelegramMessageSplitter.split(text)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf16.count <= 4_096 && !$0.hasSuffix("\\") })
        #expect(parts.joined() == text)
    }

    @Test func missingFieldsAreLeftOut() {
        let notification = GroupNotification(
            id: "x", receiver: "r", groupKey: "k", groupLabels: [:], status: .firing,
            alerts: [
                NotificationAlert(
                    status: .firing, labels: ["alertname": "HighErrorRate"], annotations: [:], startsAt: 0,
                    endsAt: nil, fingerprint: "f")
            ], createdAt: 0)
        #expect(GovernanceAlertText.render(notification) == "GOVERNANCE ALERT\nStatus: BREACH\nBreaches: HighErrorRate")
    }
}
