/// `/proc/net/dev`, read as node_exporter's `netdev` collector reads it: per device, received and transmitted
/// bytes, packets, errors and drops as `node_network_{receive,transmit}_*_total{device}`. The loopback device is
/// left out, as Debian's node_exporter leaves it out by default (`--collector.netdev.device-exclude=^lo$`).
enum ProcNetDev {
    /// Column offsets of the receive and transmit halves that are published, under node_exporter's names.
    static let columns = [("bytes", 0), ("packets", 1), ("errs", 2), ("drop", 3)]

    static func metrics(_ text: String) -> [HostMetric] {
        var metrics: [HostMetric] = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let device = String(line[..<colon].filter { $0 != " " && $0 != "\t" })
            let numbers = line[line.index(after: colon)...].split(separator: " ").compactMap { Double($0) }
            guard !device.isEmpty, device != "lo", numbers.count >= 16 else { continue }
            for (name, offset) in columns {
                metrics.append(HostMetric("node_network_receive_\(name)_total", ["device": device], numbers[offset]))
                metrics.append(
                    HostMetric("node_network_transmit_\(name)_total", ["device": device], numbers[8 + offset]))
            }
        }
        return metrics
    }
}
