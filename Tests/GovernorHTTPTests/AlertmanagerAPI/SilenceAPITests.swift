import Foundation
import GovernorQuery
import Testing

/// `POST/GET /api/v2/silences`, `GET/DELETE /api/v2/silence/{id}` over real HTTP, against Alertmanager 0.25's
/// shapes, status codes and texts.
@Suite(.serialized) struct SilenceAPITests {
    static let start: Timestamp = 1_800_000_000_000

    static func daemon(alerts: String? = nil, reusing: URL? = nil) async throws -> TestDaemon {
        try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")], alerts: alerts,
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])], start: start,
            reusing: reusing)
    }

    static func body(
        id: String? = nil, matchers: String = #"[{"name":"alertname","value":"ErrorsHigh","isRegex":false}]"#,
        startsAt: Timestamp = start, endsAt: Timestamp = start + 3_600_000
    ) -> Data {
        let idField = id.map { #""id":"\#($0)","# } ?? ""
        return Data(
            (#"{\#(idField)"matchers":\#(matchers),"startsAt":"\#(time(startsAt))","endsAt":"\#(time(endsAt))","#
                + #""createdBy":"ops","comment":"disk swap"}"#).utf8)
    }

    /// RFC 3339 with milliseconds, as amtool sends times.
    static func time(_ timestamp: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(timestamp) / 1_000))
    }

    static func post(_ daemon: TestDaemon, _ body: Data) async throws -> (status: Int, text: String) {
        let (status, data, _) = try await daemon.request(
            "/api/v2/silences", method: "POST", body: body, contentType: "application/json")
        return (status, String(decoding: data, as: UTF8.self))
    }

    static func silenceID(_ text: String) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return try #require(json?["silenceID"] as? String)
    }

    @Test func aSilenceIsCreatedListedUpdatedInPlaceReplacedAndExpired() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: Self.start)
        let created = try await Self.post(daemon, Self.body())
        #expect(created.status == 200, "\(created.text)")
        let id = try Self.silenceID(created.text)
        #expect(UUID(uuidString: id) != nil && id == id.lowercased())

        let listed = try await daemon.json("/api/v2/silences")
        let silences = try #require(listed.json as? [[String: Any]])
        #expect(silences.count == 1)
        let silence = silences[0]
        #expect(silence["id"] as? String == id)
        #expect((silence["status"] as? [String: Any])?["state"] as? String == "active")
        #expect(silence["comment"] as? String == "disk swap")
        #expect(silence["createdBy"] as? String == "ops")
        #expect(silence["endsAt"] as? String == "2027-01-15T09:00:00.000Z")
        let matcher = (silence["matchers"] as? [[String: Any]])?.first
        #expect(matcher?["name"] as? String == "alertname" && matcher?["isEqual"] as? Bool == true)
        #expect(matcher?["isRegex"] as? Bool == false && matcher?["value"] as? String == "ErrorsHigh")
        #expect(
            Set(silence.keys) == [
                "id", "status", "updatedAt", "comment", "createdBy", "startsAt", "endsAt", "matchers",
            ])

        let one = try await daemon.json("/api/v2/silence/\(id)")
        #expect(one.status == 200 && (one.json as? [String: Any])?["id"] as? String == id)

        // Same matchers and start, a later end: the same silence, updated.
        let startsAt = try #require(AlertmanagerTimeText.parse(silence["startsAt"] as? String))
        let extended = try await Self.post(
            daemon, Self.body(id: id, startsAt: startsAt, endsAt: Self.start + 7_200_000))
        #expect(try Self.silenceID(extended.text) == id)
        // Other matchers: the old silence expires and a new one takes over.
        let regex = #"[{"name":"alertname","value":"Errors.*","isRegex":true}]"#
        let replaced = try Self.silenceID(try await Self.post(daemon, Self.body(id: id, matchers: regex)).text)
        #expect(replaced != id)
        let states = try #require(try await daemon.json("/api/v2/silences").json as? [[String: Any]]).map {
            ($0["id"] as? String ?? "", ($0["status"] as? [String: Any])?["state"] as? String ?? "")
        }
        #expect(states.map(\.0) == [replaced, id] && states.map(\.1) == ["active", "expired"])

        let (status, data, _) = try await daemon.request("/api/v2/silence/\(replaced)", method: "DELETE")
        #expect(status == 200 && data.isEmpty)
        let again = try await daemon.request("/api/v2/silence/\(replaced)", method: "DELETE")
        #expect(again.status == 500)
        #expect(String(decoding: again.body, as: UTF8.self) == "\"silence \(replaced) already expired\"")
    }

    @Test func badRequestsGetAlertmanagersStatusAndText() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: Self.start)
        let unknown = UUID().uuidString.lowercased()
        let cases: [(Data, Int, String)] = [
            (Data(), 422, #"{"code":602,"message":"silence in body is required"}"#),
            (
                Data(#"{"comment":5}"#.utf8), 400,
                #"{"code":400,"message":"parsing silence body from \"\" failed, because json: cannot unmarshal number into Go struct field PostableSilence.comment of type string"}"#
            ),
            (
                Data(#"{"matchers":[],"createdBy":"a"}"#.utf8), 422,
                #"{"code":602,"message":"comment in body is required"}"#
            ),
            (
                Self.body(matchers: "[]"), 422,
                #"{"code":612,"message":"matchers in body should have at least 1 items"}"#
            ),
            (
                Self.body(matchers: #"[{"name":"a","value":"b"}]"#), 422,
                #"{"code":602,"message":"matchers.0.isRegex in body is required"}"#
            ),
            (
                Self.body(startsAt: Self.start + 10, endsAt: Self.start), 400,
                #""Failed to create silence: start time must be before end time""#
            ),
            (
                Self.body(startsAt: Self.start - 20_000, endsAt: Self.start - 10_000), 400,
                #""Failed to create silence: end time can't be in the past""#
            ),
            (
                Self.body(matchers: #"[{"name":"a","value":"(","isRegex":true}]"#), 400,
                #""silence invalid: invalid label matcher 0: invalid regular expression \"(\": not a valid pattern""#
            ),
            (
                Self.body(matchers: #"[{"name":"a","value":".*","isRegex":true}]"#), 400,
                #""silence invalid: at least one matcher must not match the empty string""#
            ),
            (Self.body(id: unknown), 404, #""silence not found""#),
        ]
        for (body, status, text) in cases {
            let answer = try await Self.post(daemon, body)
            #expect(answer.status == status, "\(String(decoding: body, as: UTF8.self))")
            #expect(answer.text == text)
        }
        let malformed = try await Self.post(daemon, Data(#"{"matchers": [}"#.utf8))
        #expect(malformed.status == 400)
        #expect(
            malformed.text
                == #"{"code":400,"message":"parsing silence body from \"\" failed, because invalid character '}' looking for beginning of value"}"#
        )

        for method in ["GET", "DELETE"] {
            let missing = try await daemon.request("/api/v2/silence/\(unknown)", method: method)
            #expect(missing.status == 404 && missing.body.isEmpty, "\(method)")
            let malformedID = try await daemon.request("/api/v2/silence/not-a-uuid", method: method)
            #expect(malformedID.status == 422)
            #expect(
                String(decoding: malformedID.body, as: UTF8.self)
                    == #"{"code":601,"message":"silenceID in path must be of type strfmt.UUID: \"not-a-uuid\""}"#)
        }
        let badFilter = try await daemon.request("/api/v2/silences?filter=%7Bnope")
        #expect(badFilter.status == 400)
        #expect(String(decoding: badFilter.body, as: UTF8.self) == #""bad matcher format: {nope""#)
        #expect(try await daemon.json("/api/v2/silences").json as? [Any] != nil)
    }

    @Test func silencesSurviveARestartAndFileSilencesAreListedButNotChanged() async throws {
        let alerts = try fixture("alerts-file-silence.yaml")
        var daemon = try await Self.daemon(alerts: alerts)
        await daemon.advance(to: Self.start)
        let id = try Self.silenceID(try await Self.post(daemon, Self.body()).text)
        daemon.stop()
        daemon = try await Self.daemon(alerts: alerts, reusing: daemon.directory)
        defer { daemon.stop() }
        let listed = try #require(try await daemon.json("/api/v2/silences").json as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["id"] as? String }) == [id, "finance-freeze"])
        let filtered = try #require(
            try await daemon.json("/api/v2/silences?filter=component%3D%22finance%22").json as? [[String: Any]])
        #expect(filtered.compactMap { $0["id"] as? String } == ["finance-freeze"])
        #expect(try await daemon.json("/api/v2/silence/finance-freeze").status == 200)
        let refused = try await daemon.request("/api/v2/silence/finance-freeze", method: "DELETE")
        #expect(refused.status == 400)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("is defined at"))
        #expect(String(decoding: refused.body, as: UTF8.self).contains("alerts.yaml:"))
    }
}

/// Reads the API's times back, for tests that post a time they were given.
enum AlertmanagerTimeText {
    static func parse(_ text: String?) -> Timestamp? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text).map { Timestamp(($0.timeIntervalSince1970 * 1_000).rounded()) }
    }
}
