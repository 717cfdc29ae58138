/// Every alert's life over a time range, one row per alert: pending spans hatched, firing spans solid, and a mark
/// at each notification. Every span and mark carries a `<title>` and `data-` attributes with its times, so the
/// chart reads the same to a screen reader, a tooltip and a test.
public struct AlertTimeline: Sendable {
    public struct Row: Sendable, Hashable {
        /// The alert's name and distinguishing labels, as shown at the left.
        public var label: String
        /// What the row shows at the left when `label` is too long to read there (the full label stays in the
        /// tooltips and `data-alert`).
        public var display: String?
        public var spans: [Span]
        public var marks: [Mark]

        public init(label: String, display: String? = nil, spans: [Span], marks: [Mark]) {
            self.label = label
            self.display = display
            self.spans = spans
            self.marks = marks
        }
    }

    public enum State: String, Sendable, Hashable {
        case pending, firing
    }

    /// A stretch of one state; `end` nil means it is still going at the end of the range.
    public struct Span: Sendable, Hashable {
        public var state: State
        public var start: Int64
        public var end: Int64?

        public init(state: State, start: Int64, end: Int64?) {
            self.state = state
            self.start = start
            self.end = end
        }
    }

    /// A notification: `firing` or `resolved`, and who it went to.
    public struct Mark: Sendable, Hashable {
        public var time: Int64
        public var status: String
        public var receivers: [String]

        public init(time: Int64, status: String, receivers: [String]) {
            self.time = time
            self.status = status
            self.receivers = receivers
        }
    }

    public var id: String
    public var title: String
    public var rows: [Row]
    public var from: Int64
    public var to: Int64
    public var width: Double
    public static let rowHeight = 22.0
    public static let labelWidth = 220.0

    public init(id: String, title: String, rows: [Row], from: Int64, to: Int64, width: Double = 900) {
        self.id = id
        self.title = title
        self.rows = rows
        self.from = from
        self.to = max(to, from + 1_000)
        self.width = width
    }

    public var height: Double { Double(max(rows.count, 1)) * Self.rowHeight + 26 }

    public var frame: ChartFrame {
        ChartFrame(
            width: width, height: height, left: Self.labelWidth, right: 8, top: 4, bottom: 22, times: from...to,
            values: 0...1)
    }

    public var svg: String {
        let frame = self.frame
        let spans = rows.reduce(0) { $0 + $1.spans.count }
        let marks = rows.reduce(0) { $0 + $1.marks.count }
        let description =
            rows.isEmpty
            ? "no alert was pending or firing between \(ChartTime.clock(from)) and \(ChartTime.clock(to)) UTC"
            : "\(rows.count) alerts, \(spans) pending or firing spans, \(marks) notifications, "
                + "from \(ChartTime.clock(from)) to \(ChartTime.clock(to)) UTC"
        var out = SVGText.open(
            id: id, width: width, height: height, title: title, description: description, kind: "alert-timeline")
        out += ChartAxes.draw(frame, valueTicks: [], format: { _ in "" })
        out +=
            "<defs><pattern id=\"\(SVGText.escape(id))-hatch\" width=\"6\" height=\"6\" "
            + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" "
            + "fill=\"currentColor\" fill-opacity=\"0.55\"/></pattern></defs>"
        for (index, row) in rows.enumerated() {
            out += draw(row, top: frame.top + Double(index) * Self.rowHeight, frame: frame)
        }
        return out + "</svg>"
    }

    private func draw(_ row: Row, top: Double, frame: ChartFrame) -> String {
        let middle = top + Self.rowHeight / 2
        var out = "<g class=\"timeline-row\" data-alert=\"\(SVGText.escape(row.label))\">"
        out +=
            "<text class=\"timeline-label\" x=\"4\" y=\"\(SVGText.number(middle))\" dominant-baseline=\"middle\" "
            + "font-size=\"11\" fill=\"currentColor\">\(SVGText.escape(Self.shortened(row.display ?? row.label)))"
            + "<title>\(SVGText.escape(row.label))</title></text>"
        for span in row.spans {
            let start = max(span.start, from)
            let end = min(span.end ?? to, to)
            guard end >= start else { continue }
            let x = frame.x(start)
            let width = max(2, frame.x(end) - x)
            let fill = span.state == .pending ? "url(#\(SVGText.escape(id))-hatch)" : "currentColor"
            let until = span.end.map { ChartTime.clock($0) } ?? "the end"
            out +=
                "<rect class=\"timeline-span timeline-\(span.state.rawValue)\" data-state=\"\(span.state.rawValue)\" "
                + "data-start=\"\(span.start)\" data-end=\"\(span.end.map(String.init) ?? "")\" "
                + "x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(top + 4))\" width=\"\(SVGText.number(width))\" "
                + "height=\"\(SVGText.number(Self.rowHeight - 8))\" fill=\"\(fill)\"><title>"
                + SVGText.escape("\(row.label): \(span.state.rawValue) from \(ChartTime.clock(span.start)) to \(until)")
                + "</title></rect>"
        }
        for mark in row.marks {
            let x = SVGText.number(frame.x(min(max(mark.time, from), to)))
            let to = mark.receivers.isEmpty ? "no receiver" : mark.receivers.joined(separator: ", ")
            out +=
                "<path class=\"timeline-mark timeline-mark-\(SVGText.escape(mark.status))\" "
                + "data-time=\"\(mark.time)\" data-status=\"\(SVGText.escape(mark.status))\" "
                + "d=\"M\(x) \(SVGText.number(top)) l4 -4 l-8 0 Z M\(x) \(SVGText.number(top)) V\(SVGText.number(top + Self.rowHeight))\" "
                + "stroke=\"currentColor\" fill=\"currentColor\"><title>"
                + SVGText.escape("\(row.label): \(mark.status) notification at \(ChartTime.clock(mark.time)) to \(to)")
                + "</title></path>"
        }
        return out + "</g>"
    }

    private static func shortened(_ label: String) -> String {
        label.count <= 34 ? label : String(label.prefix(33)) + "…"
    }
}
