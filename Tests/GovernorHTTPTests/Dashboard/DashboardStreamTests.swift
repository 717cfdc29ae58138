import Foundation
import GovernorDaemon
import GovernorHTTP
import GovernorQuery
import GovernorSources
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `/api/ops/stream`, read by curl as a browser's fetch reads it: an event at once, then one per step of the
/// daemon, each the dashboard's JSON for that step; never the key; and 401 without it.
@Suite(.serialized) struct DashboardStreamTests {
    @Test func anEventComesAtOnceAndThenAfterEveryStep() async throws {
        let daemon = try await DashboardTests.daemon(.normal)
        defer { daemon.stop() }
        await TelemetryTests.run(daemon, toMinute: 1)
        let follower = try StreamFollower(port: daemon.port, key: daemon.key)
        defer { follower.stop() }
        try await follower.wait(for: 1)
        #expect(follower.text.hasPrefix("retry: 2000\n\nevent: dashboard\n"))
        let first = try #require(daemon.configuration.board.current?.time)
        #expect(follower.eventTimes == [first])
        var expected = [first]
        for _ in 0..<3 {
            let next = try #require(await daemon.core.nextWake)
            await daemon.advance(to: next)
            expected.append(try #require(daemon.configuration.board.current?.time))
            try await follower.wait(for: expected.count)
        }
        #expect(follower.eventTimes == expected)
        let frames = follower.text.components(separatedBy: "\n\n").filter { $0.hasPrefix("event: dashboard") }
        for frame in frames {
            let data = try #require(frame.split(separator: "\n").first { $0.hasPrefix("data: ") }?.dropFirst(6))
            let view = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
            #expect((view["cards"] as? [Any])?.count == 7)
        }
        #expect(!follower.text.contains(daemon.key))
        #expect(daemon.configuration.board.updates.count == 1)
        follower.stop()
        // The server notices the client left at the next event it writes, and lets go of the stream.
        for _ in 0..<2 {
            if let next = await daemon.core.nextWake { await daemon.advance(to: next) }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(daemon.configuration.board.updates.count == 0)
    }

    @Test func withoutTheKeyTheStreamIs401AndNeverStarts() async throws {
        let daemon = try await DashboardTests.daemon(.normal)
        defer { daemon.stop() }
        await daemon.advance(to: Simulator.defaultStart)
        for key: String? in [nil, "wrong"] {
            let (status, body, headers) = try await daemon.request("/api/ops/stream", key: .some(key))
            #expect(status == 401)
            #expect(headers["content-type"] == "application/json")
            #expect(String(decoding: body, as: UTF8.self).contains("unauthorized"))
        }
        #expect(daemon.configuration.board.updates.count == 0)
    }
}

/// curl following the stream, its output collected as it arrives.
final class StreamFollower: Sendable {
    let process = Process()
    let output = Mutex(Data())

    init(port: Int, key: String?) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        var arguments = ["-sN", "--max-time", "30", "http://127.0.0.1:\(port)/api/ops/stream"]
        if let key { arguments += ["-H", "X-Dash-Key: \(key)"] }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            self.output.withLock { $0.append(data) }
        }
        try process.run()
    }

    var text: String { output.withLock { String(decoding: $0, as: UTF8.self) } }

    /// The `id:` of each complete event so far (the daemon time it shows).
    var eventTimes: [Int64] {
        text.components(separatedBy: "\n\n").filter { $0.contains("event: dashboard") }.compactMap { frame in
            frame.split(separator: "\n").first { $0.hasPrefix("id: ") }.flatMap { Int64($0.dropFirst(4)) }
        }
    }

    func wait(for count: Int, seconds: Double = 20) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while eventTimes.count < count {
            if Date() > deadline {
                throw TestDaemonError("saw \(eventTimes.count) events, wanted \(count): \(text.prefix(300))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
