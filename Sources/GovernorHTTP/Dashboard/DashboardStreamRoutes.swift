import Foundation
import GovernorDaemon
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `GET /api/ops/stream`: server-sent events, one `dashboard` event (the same JSON as `/api/ops/dashboard`) after
/// every step of the daemon, the first at once.
///
/// The key goes in the `X-Dash-Key` header like everywhere else: the page reads the stream with `fetch`, not
/// `EventSource` (which cannot send headers), so the key never sits in a URL where proxies and logs keep URLs.
/// A reader that falls behind gets the newest snapshot, never a backlog. A stream ends after `lifetime`, on
/// shutdown, or when the client goes; the page then reconnects.
enum DashboardStreamRoutes {
    static let lifetime: Duration = .seconds(300)

    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/api/ops/stream") { _, _ in
                let first = try await context.snapshot()
                let updates = context.board.updates.stream()
                var headers = HTTPFields()
                headers[.contentType] = "text/event-stream"
                headers[.cacheControl] = "no-cache"
                headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
                return Response(
                    status: .ok, headers: headers,
                    body: ResponseBody { writer in
                        let clock = ContinuousClock()
                        let deadline = clock.now + lifetime
                        try await writer.write(ByteBuffer(string: "retry: 2000\n\n" + (try event(first))))
                        for await snapshot in updates.cancelOnGracefulShutdown() {
                            try await writer.write(ByteBuffer(string: try event(snapshot)))
                            if clock.now >= deadline { break }
                        }
                        try await writer.finish(nil)
                    })
            }
        ]
    }

    /// One event; JSON has no raw newlines, so it fits one `data:` line.
    static func event(_ snapshot: DaemonSnapshot) throws -> String {
        "event: dashboard\nid: \(snapshot.time)\ndata: \(try DashboardView.json(DashboardView(snapshot: snapshot)))\n\n"
    }
}
