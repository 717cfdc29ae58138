import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Catches the bodies POSTed to 127.0.0.1 on a free port, answering 200 to each, for `governor notify` running
/// in a child process. Only as much HTTP as libcurl's POST needs, `Expect: 100-continue` included.
final class NotifyWebhookCatcher: Sendable {
    let port: UInt16
    private let socketDescriptor: Int32
    private let bodies = Mutex<[String]>([])

    var received: [String] { bodies.withLock { $0 } }
    var url: String { "http://127.0.0.1:\(port)/hook" }

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            close(descriptor)
            throw CatcherError()
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let catcher = self
        Thread.detachNewThread { catcher.serve() }
    }

    deinit {
        shutdown(socketDescriptor, Int32(SHUT_RDWR))
        close(socketDescriptor)
    }

    private func serve() {
        while true {
            let connection = accept(socketDescriptor, nil, nil)
            guard connection >= 0 else { return }
            if let body = readRequestBody(connection) { bodies.withLock { $0.append(body) } }
            write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            close(connection)
        }
    }

    /// Reads the head, answers `100 Continue` when asked, then reads `Content-Length` bytes of body.
    private func readRequestBody(_ connection: Int32) -> String? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var headEnd: Range<Data.Index>?
        var expected: Int?
        var continued = false
        while true {
            if headEnd == nil, let end = data.range(of: Data("\r\n\r\n".utf8)) {
                headEnd = end
                let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).lowercased()
                let lengthLine = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                expected =
                    lengthLine.flatMap {
                        Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
                    } ?? 0
                if head.contains("expect: 100-continue") && !continued {
                    write(connection, "HTTP/1.1 100 Continue\r\n\r\n")
                    continued = true
                }
            }
            if let headEnd, let expected, data.count - headEnd.upperBound >= expected {
                return String(decoding: data[headEnd.upperBound...], as: UTF8.self)
            }
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    private func write(_ connection: Int32, _ text: String) {
        _ = text.withCString { send(connection, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    struct CatcherError: Error {}
}
