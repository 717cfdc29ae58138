/// A series against the level it should stay at: an objective's SLI against its target, the compliance index
/// against its alert threshold. Points below the target are marked, so a breach shows without colour too.
public struct TargetLineChart: Sendable {
    public var id: String
    public var title: String
    public var points: [ChartPoint]
    /// The level to stay at or above; nil draws no target line.
    public var target: Double?
    public var targetLabel: String
    public var width: Double
    public var height: Double
    public var values: ClosedRange<Double>?
    /// How values are written on the axis and in the description (percent for ratios).
    public var format: @Sendable (Double) -> String

    public init(
        id: String, title: String, points: [ChartPoint], target: Double?, targetLabel: String = "target",
        width: Double = 360, height: Double = 140, values: ClosedRange<Double>? = nil,
        format: @escaping @Sendable (Double) -> String = { SVGText.value($0) }
    ) {
        self.id = id
        self.title = title
        self.points = points
        self.target = target
        self.targetLabel = targetLabel
        self.width = width
        self.height = height
        self.values = values
        self.format = format
    }

    public var frame: ChartFrame {
        ChartFrame(
            width: width, height: height, left: 56, right: 8, top: 8, bottom: 18,
            times: ChartFrame.timeRange(points),
            values: values ?? ChartFrame.valueRange(points, including: target.map { [$0] } ?? []))
    }

    /// The points below the target.
    public var breaches: [ChartPoint] {
        guard let target else { return [] }
        return points.filter { $0.value.isFinite && $0.value < target }
    }

    public var svg: String {
        let frame = self.frame
        let finite = points.filter(\.value.isFinite)
        var description = finite.last.map { "latest \(format($0.value))" } ?? "no data yet"
        if let target {
            description += "; \(targetLabel) \(format(target)); \(breaches.count) of \(finite.count) points below it"
        }
        var out = SVGText.open(
            id: id, width: width, height: height, title: title, description: description, kind: "target-chart")
        out += ChartAxes.draw(frame, valueTicks: ChartAxes.ticks(frame.values), format: format)
        if let target {
            let y = SVGText.number(frame.y(target))
            out +=
                "<line class=\"chart-target\" x1=\"\(SVGText.number(frame.left))\" "
                + "x2=\"\(SVGText.number(frame.width - frame.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"currentColor\" "
                + "stroke-dasharray=\"4 3\"><title>\(SVGText.escape("\(targetLabel) \(format(target))"))</title></line>"
        }
        let d = SVGText.path(points, in: frame)
        if !d.isEmpty {
            out += "<path class=\"chart-line\" d=\"\(d)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
        }
        for point in breaches {
            out +=
                "<circle class=\"chart-breach\" cx=\"\(SVGText.number(frame.x(point.time)))\" "
                + "cy=\"\(SVGText.number(frame.y(point.value)))\" r=\"2\"/>"
        }
        return out + "</svg>"
    }
}
