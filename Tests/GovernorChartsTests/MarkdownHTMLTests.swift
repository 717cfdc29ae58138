import GovernorCharts
import Testing

/// The docs renderer: the structures the project's docs use come out as HTML, and nothing in the text can become
/// markup of its own.
struct MarkdownHTMLTests {
    @Test func headingsParagraphsListsAndCode() {
        let html = MarkdownHTML.render(
            "# Title\n\nSome *em* and **strong** and `a<b`.\nNext line.\n\n- one\n- two\n\n1. first\n2. second\n\n```yaml\nkey: <v>\n```\n"
        )
        #expect(html.contains("<h1 id=\"title\">Title</h1>"))
        #expect(
            html.contains("<p>Some <em>em</em> and <strong>strong</strong> and <code>a&lt;b</code>. Next line.</p>"))
        #expect(html.contains("<ul><li>one</li><li>two</li></ul>"))
        #expect(html.contains("<ol><li>first</li><li>second</li></ol>"))
        #expect(html.contains("<pre><code class=\"language-yaml\">key: &lt;v&gt;</code></pre>"))
    }

    @Test func tablesDropTheirDividerRow() {
        let html = MarkdownHTML.render("| a | b |\n| --- | :-: |\n| `x|y` | 2 |\n")
        #expect(html.contains("<tr><th>a</th><th>b</th></tr><tr><td><code>x|y</code></td><td>2</td></tr>"))
    }

    @Test func markupInTheTextIsEscapedAndUnsafeLinksAreDropped() {
        let html = MarkdownHTML.render(
            "<script>alert(1)</script>\n\n[x](javascript:alert(1)) [ok](docs/a.md) [web](https://example.org/?a=\"b\")")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<a href=\"docs/a.md\">ok</a>"))
        #expect(html.contains("<a href=\"https://example.org/?a=&quot;b&quot;\" rel=\"noopener noreferrer\">web</a>"))
    }

    @Test func anUnclosedFenceStillEscapesItsContent() {
        let html = MarkdownHTML.render("```\n<img src=x onerror=alert(1)>")
        #expect(html == "<pre><code>&lt;img src=x onerror=alert(1)&gt;</code></pre>\n")
    }

    @Test func snakeCaseNamesAreNotEmphasis() {
        #expect(MarkdownHTML.inline("slo_error_budget_remaining") == "slo_error_budget_remaining")
    }
}
