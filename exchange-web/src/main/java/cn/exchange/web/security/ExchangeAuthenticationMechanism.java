package cn.exchange.web.security;

import cn.exchange.ejb.identity.AccountCache;
import cn.exchange.ejb.party.SignInOutcome;
import cn.exchange.ejb.party.SignInResult;
import cn.exchange.ejb.party.TokenService;
import cn.exchange.ejb.identity.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * How every request is authenticated (Jakarta Security), one identity for pages, the REST API and the WebSocket:
 * <ul>
 *   <li><b>sign-in</b>: the trading hall's sign-in page calls {@code SecurityContext.authenticate} with the user name and
 *       password; the database identity store checks them; on success the session id is renewed (no session fixation)
 *       and the account is remembered in the session;</li>
 *   <li><b>the session</b>: pages, and the WebSocket handshake of the bidding hall, are authenticated by the session
 *       cookie; each request re-checks (cached ten seconds) that the account is still active and its password
 *       unchanged;</li>
 *   <li><b>API tokens</b>: programmatic clients send {@code Authorization: Bearer <token>} from {@code POST /api/auth/token};
 *       tokens are signed, so any instance of a cluster verifies them without shared session state.</li>
 * </ul>
 * Authorisation is not decided here but by {@link PageAccessFilter} and {@link ApiAccessFilter}.
 */
@ApplicationScoped
public class ExchangeAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: how this request was authenticated ("session" or "token"). */
    public static final String VIA = "exchange.auth.via";
    /** Request attribute: a bearer token was sent but is not valid. */
    public static final String BAD_TOKEN = "exchange.auth.badToken";
    /**
     * Request attribute: the account signed in with a one-time password an administrator set; it may only change its
     * password ({@link PageAccessFilter}, {@link ApiAccessFilter}).
     */
    public static final String PASSWORD_EXPIRED = "exchange.auth.passwordExpired";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    TokenService tokens;

    @Inject
    AccountCache accounts;

    @Inject
    SignInOutcome outcome;

    @Inject
    RequestOrigin origin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return validate(request, context);
        } catch (RuntimeException e) {
            if (!cn.exchange.web.base.Problems.isTransientDatabaseFailure(e)) {
                throw e;
            }
            // the database is restarting: answer "try again" here, before any page or endpoint runs
            java.util.logging.Logger.getLogger(ExchangeAuthenticationMechanism.class.getName())
                    .warning(() -> "Database unavailable during authentication: " + e);
            try {
                response.setStatus(503);
                response.setHeader("Retry-After", "5");
                response.setContentType("application/problem+json;charset=UTF-8");
                String message = cn.exchange.core.shared.DomainMessages.format(cn.exchange.web.base.Languages.ofApi(request), "common.tryAgain");
                response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", 503).add("code", "common.tryAgain")
                        .add("message", message).add("errors", jakarta.json.Json.createArrayBuilder()).build().toString());
                response.flushBuffer();   // committed: the container must not replace it with its error page
            } catch (java.io.IOException io) {
                // the client left
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        origin.ip(ClientAddress.of(request));
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AccountCache.Snapshot> account = tokens.verify(authorization.substring(7).trim());
            if (account.isPresent()) {
                origin.account(account.get());
                request.setAttribute(VIA, "token");
                expired(request, account.get());
                return context.notifyContainerAboutLogin(account.get().username(), account.get().role().groups());
            }
            request.setAttribute(BAD_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            Optional<AccountCache.Snapshot> account = accounts.get(user.accountId())
                    .filter(a -> a.active() && a.securityStamp() == user.securityStamp());
            if (account.isPresent()) {
                origin.account(account.get());
                request.setAttribute(VIA, "session");
                expired(request, account.get());
                return context.notifyContainerAboutLogin(account.get().username(), account.get().role().groups());
            }
            // disabled or password changed elsewhere: this session is over
            session.invalidate();
        }
        return context.doNothing();
    }

    private static void expired(HttpServletRequest request, AccountCache.Snapshot account) {
        if (account.passwordExpired()) {
            request.setAttribute(PASSWORD_EXPIRED, Boolean.TRUE);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
        SignInResult r = outcome.result();
        if (result.getStatus() != CredentialValidationResult.Status.VALID || r == null || !r.ok()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, new SessionUser(r.accountId(), r.username(), r.securityStamp()));
        request.setAttribute(VIA, "session");
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
    }
}
