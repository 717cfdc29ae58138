import Foundation
import GovernorQuery
import GovernorSeriesText

/// Reads a saved Prometheus API response (`/api/v1/query_range` matrix, or `/api/v1/query` vector) or a JSON
/// array of NDJSON-style samples. JSON keeps no positions once parsed, so shape errors name the field path and
/// point at the start of the file.
struct JSONHistoryReader {
    let file: String

    func read(_ text: String) throws(HistoryError) -> History {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw fail(
                "invalid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        do {
            if let array = object as? [Any] {
                var samples: [VectorSample] = []
                for (index, element) in array.enumerated() {
                    samples.append(try NDJSONHistoryReader.sample(element, field: "[\(index)]"))
                }
                return History(samples: samples)
            }
            return History(samples: try apiSamples(object))
        } catch {
            throw fail(error.message)
        }
    }

    private func apiSamples(_ object: Any) throws(JSONFieldError) -> [VectorSample] {
        guard let response = object as? [String: Any], let data = response["data"] as? [String: Any] else {
            throw JSONFieldError("expected a Prometheus API response with a \"data\" object, or an array of samples")
        }
        if let status = response["status"] as? String, status != "success" {
            throw JSONFieldError("the saved response has status \"\(status)\", not \"success\"")
        }
        guard let results = data["result"] as? [Any] else { throw JSONFieldError("data.result must be an array") }
        let resultType = data["resultType"] as? String ?? "matrix"
        var samples: [VectorSample] = []
        for (index, element) in results.enumerated() {
            let field = "data.result[\(index)]"
            guard let series = element as? [String: Any] else { throw JSONFieldError("\(field) must be an object") }
            let labels = try JSONSampleFields.labels(series["metric"], field: "\(field).metric")
            let points: [Any]
            switch resultType {
            case "matrix": points = series["values"] as? [Any] ?? []
            case "vector": points = series["value"].map { [$0] } ?? []
            default: throw JSONFieldError("data.resultType \"\(resultType)\" is not matrix or vector")
            }
            for (position, point) in points.enumerated() {
                let pointField = "\(field).values[\(position)]"
                guard let pair = point as? [Any], pair.count == 2 else {
                    throw JSONFieldError("\(pointField) must be [timestamp, \"value\"]")
                }
                samples.append(
                    VectorSample(
                        labels: labels, timestamp: try JSONSampleFields.timestamp(pair[0], field: pointField),
                        value: try JSONSampleFields.value(pair[1], field: pointField)))
            }
        }
        return samples
    }

    private func fail(_ message: String) -> HistoryError {
        HistoryError(file: file, line: 1, column: 1, message: message)
    }
}
