public import Foundation
public import GovernorQuery

/// Decodes the JSON of Prometheus's `/api/v1/query` (and `/api/v1/query_range`) into a `Value`: the four result
/// types, `[seconds, "value"]` pairs, `"NaN"`/`"+Inf"`/`"-Inf"`, and the error envelope. Pure.
public enum QueryResponseDecoder {
    public static func decode(_ body: Data, status: Int) throws(RemoteQueryError) -> Value {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let outcome = object["status"] as? String
        else {
            let snippet = String(decoding: body.prefix(200), as: UTF8.self)
            throw .unexpectedResponse(status: status, detail: "not the query API's JSON: \(snippet.debugDescription)")
        }
        guard outcome == "success" else {
            throw .api(
                errorType: object["errorType"] as? String ?? "unknown", message: object["error"] as? String ?? "",
                status: status)
        }
        guard let data = object["data"] as? [String: Any], let type = data["resultType"] as? String else {
            throw .unexpectedResponse(status: status, detail: "data.resultType is missing")
        }
        let result = data["result"]
        switch type {
        case "scalar":
            let (time, text) = try pair(result, "data.result", status)
            guard let value = Double(text) else { throw malformed("data.result holds no number", status) }
            return .scalar(value, time)
        case "string":
            let (time, text) = try pair(result, "data.result", status)
            return .string(text, time)
        case "vector":
            guard let elements = result as? [[String: Any]] else {
                throw malformed("data.result must be a list", status)
            }
            return .vector(
                try elements.enumerated().map { (index, element) throws(RemoteQueryError) in
                    let path = "data.result[\(index)]"
                    let (time, value) = try point(element["value"], "\(path).value", status)
                    return VectorSample(
                        labels: try labels(element["metric"], path, status), timestamp: time, value: value)
                })
        case "matrix":
            guard let elements = result as? [[String: Any]] else {
                throw malformed("data.result must be a list", status)
            }
            return .matrix(
                try elements.enumerated().map { (index, element) throws(RemoteQueryError) in
                    let path = "data.result[\(index)]"
                    guard let values = element["values"] as? [Any] else {
                        throw malformed("\(path).values must be a list (native histograms are not supported)", status)
                    }
                    var points: [FloatPoint] = []
                    for (offset, entry) in values.enumerated() {
                        let (time, value) = try point(entry, "\(path).values[\(offset)]", status)
                        points.append(FloatPoint(timestamp: time, value: value))
                    }
                    return RangeSeries(labels: try labels(element["metric"], path, status), points: points)
                })
        default:
            throw malformed("unknown resultType \"\(type)\"", status)
        }
    }

    private static func labels(_ object: Any?, _ path: String, _ status: Int) throws(RemoteQueryError) -> Labels {
        guard let metric = object as? [String: String] else {
            throw malformed("\(path).metric must map names to strings", status)
        }
        return Labels(metric)
    }

    private static func point(_ object: Any?, _ path: String, _ status: Int) throws(RemoteQueryError) -> (
        Timestamp, Double
    ) {
        let (time, text) = try pair(object, path, status)
        guard let value = Double(text) else {
            throw malformed(
                "\(path) holds \(text.debugDescription), not a number (native histograms are not supported)", status)
        }
        return (time, value)
    }

    /// `[seconds, "text"]`, with the seconds turned into milliseconds.
    private static func pair(_ object: Any?, _ path: String, _ status: Int) throws(RemoteQueryError) -> (
        Timestamp, String
    ) {
        guard let pair = object as? [Any], pair.count == 2, let seconds = (pair[0] as? NSNumber)?.doubleValue,
            let text = pair[1] as? String
        else {
            throw malformed("\(path) must be [timestamp, \"value\"]", status)
        }
        return (Timestamp((seconds * 1_000).rounded()), text)
    }

    private static func malformed(_ detail: String, _ status: Int) -> RemoteQueryError {
        .unexpectedResponse(status: status, detail: detail)
    }
}
