internal import Foundation
public import Hummingbird
internal import NIOCore

/// The request context of the newsroom's routes: Hummingbird's basic context plus the
/// connection's close, so work for a client that has gone can be stopped.
public struct NewsroomRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Completes when the client's connection closes.
    let connectionClosed: EventLoopFuture<Void>

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        connectionClosed = source.channel.closeFuture
    }

    /// The path parameter `name`, percent-decoded: the site's own links percent-encode ids
    /// (UTF-8), and Hummingbird hands path segments over as they came.
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        guard let decoded = raw.removingPercentEncoding else {
            throw APIError.badRequest("the path segment \(raw) is not valid percent-encoded UTF-8")
        }
        return decoded
    }
}
