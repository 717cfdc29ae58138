import GovernorRemoteWrite
import GovernorSources
import Hummingbird

/// `POST /api/v1/write`: Prometheus remote write 1.0 in. The samples go to the push source's buffer and reach the
/// rules at its next collection (every second), so a writer never waits for a tick.
enum RemoteWriteRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        let limit = context.settings.maximumBodyBytes
        return [
            APIRoute(.post, "/api/v1/write") { request, _ in
                guard let push = context.push else {
                    throw APIError(
                        .serviceUnavailable, "unavailable",
                        "remote write is off: this daemon runs on a simulated clock (--simulate or --history)")
                }
                let body = try await request.body.collect(upTo: limit)
                let decoded: RemoteWriteBody
                do {
                    decoded = try RemoteWriteBody.decode(Array(buffer: body), limit: limit * 8)
                } catch {
                    throw APIError.badData("\(error)")
                }
                guard push.push(decoded.samples) else {
                    throw APIError(
                        .serviceUnavailable, "unavailable",
                        "the ingest buffer is full (\(push.capacity) samples waiting); retry later")
                }
                if let first = decoded.refused.first {
                    throw APIError.badData(
                        "\(decoded.refused.count) series refused (the other series were stored): \(first)")
                }
                return Response(status: .noContent)
            }
        ]
    }
}
