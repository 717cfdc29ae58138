import Foundation
import GovernorCharts
import GovernorQuery
import Hummingbird

/// The docs and reports card's data: the docs rendered from Markdown, the tail of each NDJSON log, and the
/// compliance history as CSV. All behind the key; file names are checked against the folder's own listing, so a
/// request can never reach outside it.
enum DashboardFileRoutes {
    static let maximumTailLines = 200
    /// How much of a log's end is read to find its last lines.
    static let tailBytes = 256 * 1_024

    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/api/ops/docs") { _, _ in
                let names = listing(context.settings.docsDirectory, suffix: ".md")
                return try JSONResponse.encode(["docs": names])
            },
            APIRoute(.get, "/api/ops/docs/:name") { _, requestContext in
                let name = requestContext.parameters.get("name") ?? ""
                let directory = context.settings.docsDirectory
                guard listing(directory, suffix: ".md").contains(name),
                    let text = try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
                else { throw APIError(.notFound, "not_found", "there is no doc named \(JSONText.quoted(name))") }
                return try JSONResponse.encode(["name": name, "html": MarkdownHTML.render(text)])
            },
            APIRoute(.get, "/api/ops/logs") { request, _ in
                let text = PrometheusForm(query: request.uri.query, body: nil, contentType: nil).value("lines")
                var lines = 20
                if !text.isEmpty {
                    guard let count = Int(text), (1...maximumTailLines).contains(count) else {
                        throw APIError.badData(
                            "lines must be a whole number from 1 to \(maximumTailLines), got \(text)")
                    }
                    lines = count
                }
                let directory = context.logsDirectory
                let logs = listing(directory, suffix: ".ndjson").map { name in
                    LogTail(name: name, lines: tail("\(directory)/\(name)", lines: lines))
                }
                return try JSONResponse.encode(["logs": logs])
            },
            APIRoute(.get, "/api/ops/compliance.csv") { request, _ in
                let text = PrometheusForm(query: request.uri.query, body: nil, contentType: nil).value("step")
                var step: Int64 = 300_000
                if !text.isEmpty {
                    guard let parsed = PrometheusDuration.parse(text), parsed >= 60_000 else {
                        throw APIError.badData("step must be a duration of at least 1m such as 5m, got \(text)")
                    }
                    step = parsed
                }
                let csv = ComplianceCSV.render(try await context.snapshot(), step: step)
                var headers = HTTPFields()
                headers[.contentType] = "text/csv; charset=utf-8"
                headers[.contentDisposition] = "attachment; filename=\"compliance-history.csv\""
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
            },
        ]
    }

    struct LogTail: Encodable {
        var name: String
        var lines: [String]
    }

    /// The plain files directly in `directory` whose names end in `suffix`, sorted.
    static func listing(_ directory: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return name.hasSuffix(suffix) && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: "\(directory)/\(name)", isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// The last `lines` complete lines of a file, reading only its end.
    static func tail(_ path: String, lines: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let start = size > UInt64(tailBytes) ? size - UInt64(tailBytes) : 0
        try? handle.seek(toOffset: start)
        let data = (try? handle.readToEnd()) ?? Data()
        var text = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        if start > 0 && !text.isEmpty { text.removeFirst() }
        return text.suffix(lines).map(String.init)
    }
}
