public import Hummingbird
public import Logging
internal import NIOCore
public import ParallaxStore

/// The web site and JSON API over a newsroom database.
public enum NewsroomServer {
    public typealias Context = BasicRequestContext

    /// The application, ready to run as a `Service`; `onListening` gets the bound port.
    public static func application(
        database: NewsroomDatabase, configuration: ServerConfiguration = .init(), logger: Logger,
        onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(database: database, configuration: configuration),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "parallax"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Every route: pages at `/`, the API under `/api`.
    public static func router(database: NewsroomDatabase, configuration: ServerConfiguration) -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: RequestGuard(allowedHosts: configuration.allowedHosts))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: ReaderGate(database: database))
        PageRoutes(database: database, configuration: configuration).add(to: router)
        AccountRoutes(database: database, hasher: PasswordHasher(costs: configuration.passwordCosts)).add(to: router)
        ReviewRoutes(database: database).add(to: router)
        FollowRoutes(database: database, configuration: configuration).add(to: router)
        APIRoutes(database: database, configuration: configuration).add(to: router.group("api"))
        return router
    }
}
