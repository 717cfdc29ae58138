public import GovernorQuery
import SwiftProtobuf

/// A Prometheus remote write 1.0 body: a snappy block holding a protobuf `WriteRequest`. Decoding checks both
/// layers and every series' labels as Prometheus's write handler does; series with invalid labels are set aside
/// with the reason, so the valid ones of the same batch are not lost.
public struct RemoteWriteBody: Sendable {
    public var samples: [VectorSample]
    /// One line per series that was refused, saying why.
    public var refused: [String]

    public init(samples: [VectorSample], refused: [String]) {
        self.samples = samples
        self.refused = refused
    }

    /// `limit` bounds the decompressed size.
    public static func decode(_ compressed: [UInt8], limit: Int) throws(RemoteWriteError) -> RemoteWriteBody {
        let bytes = try SnappyBlock.decompress(compressed, limit: limit)
        let request: Prometheus_WriteRequest
        do {
            request = try Prometheus_WriteRequest(serializedBytes: bytes)
        } catch {
            throw RemoteWriteError("the body is not a remote write WriteRequest: \(Self.describe(error))")
        }
        var samples: [VectorSample] = []
        var refused: [String] = []
        for series in request.timeseries {
            switch labels(of: series) {
            case .success(let labels):
                for sample in series.samples {
                    samples.append(VectorSample(labels: labels, timestamp: sample.timestamp, value: sample.value))
                }
            case .failure(let error):
                refused.append(error.description)
            }
        }
        return RemoteWriteBody(samples: samples, refused: refused)
    }

    /// Encodes samples as a writer would (for tests and for tools that forward).
    public static func encode(_ series: [(Labels, [(Timestamp, Double)])]) -> [UInt8] {
        var request = Prometheus_WriteRequest()
        request.timeseries = series.map { labels, points in
            var timeSeries = Prometheus_TimeSeries()
            timeSeries.labels = labels.pairs.map { pair in
                var label = Prometheus_Label()
                label.name = pair.name
                label.value = pair.value
                return label
            }
            timeSeries.samples = points.map { point in
                var sample = Prometheus_Sample()
                sample.timestamp = point.0
                sample.value = point.1
                return sample
            }
            return timeSeries
        }
        let bytes: [UInt8] = (try? request.serializedBytes()) ?? []
        return SnappyBlock.compress(bytes)
    }

    private static func labels(of series: Prometheus_TimeSeries) -> Result<Labels, RemoteWriteError> {
        var seen: Set<String> = []
        var pairs: [Label] = []
        for label in series.labels {
            guard PrometheusNames.isValidLabelName(label.name) else {
                return .failure(RemoteWriteError("invalid label name \(JSONText.quoted(label.name))"))
            }
            guard seen.insert(label.name).inserted else {
                return .failure(RemoteWriteError("duplicate label name \(JSONText.quoted(label.name))"))
            }
            pairs.append(Label(name: label.name, value: label.value))
        }
        let labels = Labels(pairs)
        guard let name = labels.metricName else {
            return .failure(RemoteWriteError("a series without a metric name (__name__): \(labels)"))
        }
        guard PrometheusNames.isValidMetricName(name) else {
            return .failure(RemoteWriteError("invalid metric name \(JSONText.quoted(name))"))
        }
        return .success(labels)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? BinaryDecodingError {
        case .truncated?: "the message is truncated"
        case .malformedProtobuf?: "the message is malformed"
        case .invalidUTF8?: "a string is not valid UTF-8"
        case .messageDepthLimit?: "the message nests too deeply"
        default: "\(error)"
        }
    }
}
