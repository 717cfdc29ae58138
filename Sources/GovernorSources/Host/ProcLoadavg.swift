/// `/proc/loadavg`: the 1, 5 and 15 minute load averages as `node_load1`, `node_load5`, `node_load15`.
enum ProcLoadavg {
    static func metrics(_ text: String) throws(HostReadError) -> [HostMetric] {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count >= 3, let one = Double(fields[0]), let five = Double(fields[1]),
            let fifteen = Double(fields[2])
        else {
            throw HostReadError(
                file: "loadavg", message: "expected three load averages, found \(text.prefix(40).debugDescription)")
        }
        return [
            HostMetric("node_load1", [:], one), HostMetric("node_load5", [:], five),
            HostMetric("node_load15", [:], fifteen),
        ]
    }
}
