internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import ParallaxStore

/// Signing in and out, and choosing a password after the one-time one.
struct AccountRoutes: Sendable {
    let database: any NewsroomSiteStore
    let hasher: PasswordHasher
    let throttle: SignInThrottle

    func add(to router: Router<NewsroomServer.Context>) {
        router.get("signin") { request, _ in signInForm(request) }
        router.post("signin") { request, _ in try await signIn(request) }
        router.post("signout") { request, _ in try await signOut(request) }
        router.get("account/password") { request, _ in try passwordForm(request) }
        router.post("account/password") { request, _ in try await changePassword(request) }
    }

    func signInForm(_ request: Request, failed: Bool = false) -> Response {
        let token = NewsroomDatabase.randomHex(bytes: 32)
        let next = Self.safeNext(request.uri.queryParameters.get("next"))
        let body = """
            <h1>Sign in</h1>
            \(failed ? "<p class=\"notice\" role=\"alert\">That name and password do not match an account.</p>" : "")
            <form class="desk" method="post" action="/signin">
            <input type="hidden" name="csrf" value="\(token)">
            <input type="hidden" name="next" value="\(Layout.escape(next))">
            <label for="name">Name</label><input id="name" name="name" autocomplete="username" required>
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>
            """
        var response = Response.html(Layout.page(title: "Sign in", body: body), status: failed ? .unauthorized : .ok)
        response.headers.append(
            HTTPField(
                name: .setCookie,
                value: SessionCookie.header(SessionCookie.signIn, value: token, maxAge: SessionCookie.signInLifetime)))
        return response
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = try await FormFields.read(request)
        guard let posted = form["csrf"], let cookie = SessionCookie.value(SessionCookie.signIn, in: request),
            SessionCookie.same(posted, cookie)
        else { return DeskAccess.csrfRefusal }
        guard let name = form["name"], let password = form["password"] else { return signInForm(request, failed: true) }
        guard try throttle.allows(name) else {
            return DeskAccess.refusal(
                "Too many wrong passwords for this account; try again in \(Int(throttle.policy.window / 60)) minutes.",
                status: .tooManyRequests)
        }
        guard let opened = try database.signIn(name: name, password: password, hasher: hasher) else {
            try throttle.recordFailure(name)
            return signInForm(request, failed: true)
        }
        try throttle.recordSuccess(name)
        let next = opened.session.account.mustChangePassword ? "/account/password" : Self.safeNext(form["next"])
        return .seeOther(
            next,
            cookies: [
                SessionCookie.header(
                    SessionCookie.session, value: opened.id, maxAge: Int(opened.session.expiresAt.timeIntervalSinceNow)),
                SessionCookie.header(SessionCookie.signIn, value: "", maxAge: 0),
            ])
    }

    func signOut(_ request: Request) async throws -> Response {
        let form = try await FormFields.read(request)
        guard let session = try SessionCookie.activeSession(of: request, in: database),
            let id = SessionCookie.value(SessionCookie.session, in: request)
        else { return .seeOther("/") }
        guard let token = form["csrf"], SessionCookie.same(token, session.csrfToken) else {
            return DeskAccess.csrfRefusal
        }
        try database.endSession(id: id)
        return .seeOther("/", cookies: [SessionCookie.header(SessionCookie.session, value: "", maxAge: 0)])
    }

    func passwordForm(_ request: Request, problem: String? = nil) throws -> Response {
        guard let session = try SessionCookie.activeSession(of: request, in: database) else {
            return .seeOther("/signin")
        }
        let body = """
            <h1>Choose a password</h1>
            \(DeskAccess.accountBar(session))
            \(session.account.mustChangePassword ? "<p>The password you signed in with worked once; choose your own.</p>" : "")
            \(problem.map { "<p class=\"notice\" role=\"alert\">\(Layout.escape($0))</p>" } ?? "")
            <form class="desk" method="post" action="/account/password">
            \(DeskAccess.tokenField(session))
            <label for="password">New password (at least \(NewsroomDatabase.minimumPasswordLength) characters)</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="\(NewsroomDatabase.minimumPasswordLength)" required>
            <label for="repeat">The same again</label><input id="repeat" name="repeat" type="password" autocomplete="new-password" required>
            <button type="submit">Save password</button>
            </form>
            """
        return .html(Layout.page(title: "Choose a password", body: body), status: problem == nil ? .ok : .badRequest)
    }

    func changePassword(_ request: Request) async throws -> Response {
        let form = try await FormFields.read(request)
        guard let session = try SessionCookie.activeSession(of: request, in: database),
            let id = SessionCookie.value(SessionCookie.session, in: request)
        else { return DeskAccess.refusal("Sign in first.", status: .unauthorized) }
        guard let token = form["csrf"], SessionCookie.same(token, session.csrfToken) else {
            return DeskAccess.csrfRefusal
        }
        let password = form["password"] ?? ""
        guard password == form["repeat"] else { return try passwordForm(request, problem: "The two passwords differ.") }
        guard password.count >= NewsroomDatabase.minimumPasswordLength else {
            return try passwordForm(
                request, problem: "A password needs at least \(NewsroomDatabase.minimumPasswordLength) characters.")
        }
        try database.setPassword(password, accountID: session.account.id, hasher: hasher)
        try database.endSessions(accountID: session.account.id, keeping: id)
        return .seeOther(session.account.role.canWrite ? "/review" : "/")
    }

    /// A local path to go to after sign-in; anything else (another site, `//host`) becomes `/`.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
