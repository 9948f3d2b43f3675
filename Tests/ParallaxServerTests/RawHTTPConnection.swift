import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plain TCP connection to the test server, for requests no HTTP client would send
/// (malformed chunks, headers sent slowly).
/// Reads block, so the async ones run on a dispatch queue: blocking the test process's few
/// cooperative threads would starve the server under test, which shares them.
final class RawHTTPConnection: @unchecked Sendable {
    private let socket: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `readTimeout` seconds.
    init(port: Int, readTimeout: Int = 30) throws {
        #if canImport(Glibc)
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw POSIXError(.EBADF) }
        var timeout = timeval(tv_sec: readTimeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
                Glibc.send(socket, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            #else
                Darwin.send(socket, buffer.baseAddress, buffer.count, 0)
            #endif
        }
    }

    /// What the server sent until it closed the connection, or nil when the read timed out.
    func untilClosed() async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.readUntilClosed()) }
        }
    }

    /// The first line the server sent, or nil when nothing came before the read timeout.
    func statusLine() async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.readStatusLine()) }
        }
    }

    private func readUntilClosed() -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { return String(decoding: received, as: UTF8.self) }
            if count < 0 { return errno == ECONNRESET ? String(decoding: received, as: UTF8.self) : nil }
            received += buffer[0..<count]
        }
    }

    private func readStatusLine() -> String? {
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while recv(socket, &byte, 1, 0) == 1 {
            if byte == UInt8(ascii: "\n") { break }
            received.append(byte)
        }
        return received.isEmpty
            ? nil : String(decoding: received, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
