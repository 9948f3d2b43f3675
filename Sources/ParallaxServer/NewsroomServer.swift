public import Hummingbird
public import Logging
internal import NIOCore
public import ParallaxStore

/// The web site and JSON API over a newsroom database.
public enum NewsroomServer {
    public typealias Context = NewsroomRequestContext

    /// The application, ready to run as a `Service`; `onListening` gets the bound port.
    public static func application(
        database: any NewsroomSiteStore, configuration: ServerConfiguration = .init(), logger: Logger,
        onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let idle = configuration.limits.idleTimeout.components
        let idleTimeout = TimeAmount.seconds(idle.seconds) + .nanoseconds(idle.attoseconds / 1_000_000_000)
        return Application(
            router: router(database: database, configuration: configuration),
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "parallax"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Every route: pages at `/`, the API under `/api`.
    public static func router(database: any NewsroomSiteStore, configuration: ServerConfiguration) -> Router<Context> {
        // HEAD is answered wherever GET is (headers, no body).
        let router = Router(context: Context.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestGuard(allowedHosts: configuration.allowedHosts))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: ReaderGate(database: database))
        PageRoutes(database: database, configuration: configuration).add(to: router)
        AccountRoutes(
            database: database, hasher: PasswordHasher(costs: configuration.passwordCosts),
            throttle: SignInThrottle(shared: database as? any SignInFailureLog)
        ).add(to: router)
        ReviewRoutes(database: database).add(to: router)
        FollowRoutes(database: database, configuration: configuration).add(to: router)
        APIRoutes(database: database, configuration: configuration).add(to: router.group("api"))
        return router
    }
}
