import Foundation
import HTTPTypes
import Hummingbird

/// The dashboard: its page and assets at `/` (open: they hold no data, and the page asks for the key), and its
/// data at `GET /api/ops/dashboard`, behind the key like every data route.
enum DashboardRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/", needsKey: false) { _, _ in asset(DashboardPage.html, type: "text/html; charset=utf-8")
            },
            APIRoute(.get, "/dashboard.css", needsKey: false) { _, _ in
                asset(DashboardStyle.css, type: "text/css; charset=utf-8")
            },
            APIRoute(.get, "/dashboard.js", needsKey: false) { _, _ in
                asset(DashboardScript.javascript, type: "text/javascript; charset=utf-8")
            },
            APIRoute(.get, "/api/ops/dashboard") { _, _ in
                let view = DashboardView(snapshot: try await context.snapshot())
                return JSONResponse.raw(try DashboardView.json(view))
            },
        ]
    }

    /// An asset compiled into the binary. The page's content security policy allows only this origin, and inline
    /// SVG (which the charts are), so a doc or a label that slipped through escaping still could not run a script.
    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        headers[HTTPField.Name("Content-Security-Policy")!] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

extension DashboardView {
    static func json(_ view: DashboardView) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(view), as: UTF8.self)
    }
}
