import Foundation
import Testing

/// `governor report` on every shipped example, opened in headless Chromium: the timeline has exactly the alerts
/// `dry-run --format json` prints, each span starting and ending at the times it prints, and a mark at each
/// notification. `dry-run --report` writes the same page and says where.
@Suite(.serialized) struct ReportBrowserTests {
    static var examples: [String] {
        let directory = GovernorBinary.packageRoot.appendingPathComponent("examples")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".load") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    /// The timeline as the browser has it: per row, its spans as `state start end` and its marks as `status time`.
    static func timeline(_ dom: String) -> [String: (spans: [String], marks: [String])] {
        var rows: [String: (spans: [String], marks: [String])] = [:]
        for group in dom.matches(of: /<g class="timeline-row" data-alert="([^"]*)">(.*?)<\/g>/) {
            let name = unescape(String(group.1))
            let body = String(group.2)
            let spans = body.matches(of: /data-state="(\w+)" data-start="(\d+)" data-end="(\d*)"/).map {
                "\($0.1) \($0.2) \($0.3)"
            }
            let marks = body.matches(of: /data-time="(\d+)" data-status="(\w+)"/).map { "\($0.2) \($0.1)" }
            rows[name] = (spans, marks)
        }
        return rows
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// How the report names an alert's row: `Name{label="value",…}`, sorted, without `alertname`.
    static func label(_ name: String, _ labels: [String: String]) -> String {
        let rest = labels.filter { $0.key != "alertname" }.sorted { $0.key < $1.key }
        guard !rest.isEmpty else { return name }
        let quoted = rest.map {
            "\($0.key)=\""
                + $0.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        return name + "{" + quoted.joined(separator: ",") + "}"
    }

    /// What the timeline must hold, worked out from dry-run's JSON alone.
    static func expected(_ json: [String: Any]) -> [String: (spans: [String], marks: [String])] {
        var rows: [String: (spans: [String], marks: [String])] = [:]
        var open: [String: (state: String, start: Int)] = [:]
        func close(_ row: String, at time: Int?) {
            guard let span = open.removeValue(forKey: row) else { return }
            rows[row, default: ([], [])].spans.append("\(span.state) \(span.start) \(time.map(String.init) ?? "")")
        }
        for change in json["stateChanges"] as? [[String: Any]] ?? [] {
            let row = label(change["alertname"] as? String ?? "", change["labels"] as? [String: String] ?? [:])
            let time = change["timestampMs"] as? Int ?? -1
            rows[row, default: ([], [])].spans += []
            switch change["change"] as? String {
            case "activated":
                close(row, at: time)
                open[row] = ("pending", time)
            case "fired":
                close(row, at: time)
                open[row] = ("firing", time)
            case "resolved", "cancelled": close(row, at: time)
            default: break
            }
        }
        for row in Array(open.keys) { close(row, at: nil) }
        for notification in json["notifications"] as? [[String: Any]] ?? [] {
            let row = label(
                notification["alertname"] as? String ?? "", notification["labels"] as? [String: String] ?? [:])
            rows[row, default: ([], [])].marks.append(
                "\(notification["status"] as? String ?? "") \(notification["timestampMs"] as? Int ?? -1)")
        }
        return rows
    }

    @Test(.enabled(if: Chromium.available), arguments: Self.examples)
    func theReportsTimelineHasTheAlertsDryRunPrintsAtTheSameTimes(_ example: String) throws {
        let name = URL(fileURLWithPath: example).deletingPathExtension().lastPathComponent
        let out = Chromium.artifacts.appendingPathComponent("report-\(name).html")
        let root = GovernorBinary.packageRoot
        let report = try GovernorBinary.run(["report", "--history", example, "--out", out.path], in: root)
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput == "report written to \(out.path)\n")
        let dryRun = try GovernorBinary.run(["dry-run", "--history", example, "--format", "json"], in: root)
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(dryRun.standardOutput.utf8)) as? [String: Any])

        // The SVG namespace is a name, not an address anything is fetched from.
        let html = try String(contentsOf: out, encoding: .utf8).replacingOccurrences(
            of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(
            !html.contains("<script") && !html.contains("http://") && !html.contains("https://"),
            "the report is self-contained")
        let dom = try Chromium.dumpDOM(out, screenshot: Chromium.artifacts.appendingPathComponent("report-\(name).png"))
        let shown = Self.timeline(dom)
        let expected = Self.expected(json)
        #expect(
            Set(shown.keys) == Set(expected.keys),
            "\(name): rows \(shown.keys.sorted()) against \(expected.keys.sorted())")
        for (row, want) in expected {
            #expect(shown[row]?.spans == want.spans, "\(name) \(row): spans")
            #expect(shown[row]?.marks == want.marks, "\(name) \(row): marks")
        }
        #expect(dom.contains("id=\"timeline-title\""))
        if !(json["stateChanges"] as? [Any] ?? []).isEmpty {
            #expect(dom.contains("<svg") && dom.contains("class=\"timeline-span"))
        }
    }

    @Test func dryRunWritesTheReportWhenAskedAndSaysWhere() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dry-run-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let example = GovernorBinary.packageRoot.appendingPathComponent("examples/payment-outage.load").path
        let text = try GovernorBinary.run(
            ["dry-run", "--history", example, "--report", out.path], in: GovernorBinary.packageRoot)
        #expect(text.status == 0)
        #expect(text.standardOutput.hasSuffix("report written to \(out.path)\n"))
        // The SVG namespace is a name, not an address anything is fetched from.
        let html = try String(contentsOf: out, encoding: .utf8).replacingOccurrences(
            of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(html.contains("PaymentFailureRateHigh"))
        let json = try GovernorBinary.run(
            ["dry-run", "--history", example, "--format", "json", "--report", out.path], in: GovernorBinary.packageRoot)
        #expect(json.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))) != nil, "stdout stays JSON")
        #expect(json.standardError.contains("report written to \(out.path)"))
    }

    @Test func aReportThatCannotBeWrittenSaysWhyAndFails() throws {
        let example = GovernorBinary.packageRoot.appendingPathComponent("examples/payment-outage.load").path
        let outcome = try GovernorBinary.run(
            ["report", "--history", example, "--out", "/nonexistent-dir/report.html"], in: GovernorBinary.packageRoot)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("cannot write the report to /nonexistent-dir/report.html"))
        let missing = try GovernorBinary.run(["report", "--history", "no-such.load", "--out", "x.html"])
        #expect(missing.status != 0)
        #expect(!missing.standardError.isEmpty)
    }
}
