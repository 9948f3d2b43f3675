internal import HTTPTypes
internal import Hummingbird
internal import ParallaxStore

/// Who may use the newsroom's own pages: a request is let through with its session, or answered
/// here (sign in first, choose a password first, 403 for readers, 403 for a form without its token).
struct DeskAccess: Sendable {
    let database: any NewsroomSiteStore

    enum Outcome {
        case allowed(ActiveSession)
        case answered(Response)
    }

    /// A signed-in account with a chosen password and, when `editor`, an editor's or admin's role.
    func check(_ request: Request, editor: Bool = true) throws -> Outcome {
        guard let session = try SessionCookie.activeSession(of: request, in: database) else {
            if request.method == .get {
                return .answered(.seeOther("/signin?next=" + Layout.urlComponent(request.uri.path)))
            }
            return .answered(Self.refusal("Sign in first.", status: .unauthorized))
        }
        if session.account.mustChangePassword {
            return .answered(.seeOther("/account/password"))
        }
        if editor, !session.account.role.canWrite {
            return .answered(
                Self.refusal("The review desk is for editors; \(session.account.name) is a reader.", status: .forbidden)
            )
        }
        return .allowed(session)
    }

    /// Like `check`, for a posted form, which must carry its session's CSRF token.
    func checkForm(_ request: Request, _ form: FormFields, editor: Bool = true) throws -> Outcome {
        let outcome = try check(request, editor: editor)
        guard case .allowed(let session) = outcome else { return outcome }
        guard let token = form["csrf"], SessionCookie.same(token, session.csrfToken) else {
            return .answered(Self.csrfRefusal)
        }
        return outcome
    }

    static var csrfRefusal: Response {
        refusal(
            "This form did not carry its session's token: it may come from another site or an old page. Reload the page and try again.",
            status: .forbidden)
    }

    static func refusal(_ message: String, status: HTTPResponse.Status) -> Response {
        .html(
            Layout.page(
                title: "Not allowed",
                body: "<h1>Not allowed</h1><p>\(Layout.escape(message))</p><p><a href=\"/signin\">Sign in</a></p>"),
            status: status)
    }

    /// A hidden field with the session's token, for every form.
    static func tokenField(_ session: ActiveSession) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(Layout.escape(session.csrfToken))\">"
    }

    /// The signed-in line with a sign-out button.
    static func accountBar(_ session: ActiveSession) -> String {
        """
        <form class="account" method="post" action="/signout">\(tokenField(session))<span>Signed in as <strong>\(Layout.escape(session.account.name))</strong> (\(session.account.role.rawValue))</span> <a href="/review">Review desk</a> <button type="submit">Sign out</button></form>
        """
    }
}
