package cn.exchange.web.party;

import cn.exchange.ejb.party.SignInResult;
import cn.exchange.ejb.party.SignInService;
import cn.exchange.ejb.party.TokenService;
import cn.exchange.web.base.Problems;
import cn.exchange.web.security.ClientAddress;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** API tokens for programmatic clients: the same accounts, lock-out and audit as the sign-in page. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The request body: a user name (mobile, e-mail, or staff name) and its password. */
    public record Credentials(String username, String password) {
    }

    /** A token to send as {@code Authorization: Bearer <token>}, and when it expires (epoch seconds). */
    public record TokenAnswer(String token, long expiresAt, String role) {
    }

    @EJB
    SignInService signIn;

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @Public
    @Operation(summary = "Exchange a user name and password for an API token (8 hours)")
    public Response token(Credentials c) {
        if (c == null) {
            return Problems.of(request, 400, "signin.failed");
        }
        SignInResult r = signIn.authenticate(c.username(), c.password(), ClientAddress.of(request));
        return switch (r.outcome()) {
            case SIGNED_IN -> {
                TokenService.Issued t = tokens.issue(r.accountId(), r.securityStamp());
                yield Response.ok(new TokenAnswer(t.token(), t.expiresAt(), r.role().name())).build();
            }
            case THROTTLED -> Response.fromResponse(Problems.of(request, 429, "signin.throttled", r.retryMinutes()))
                    .header("Retry-After", r.retryMinutes() * 60).build();
            case FAILED -> Problems.of(request, 401, "signin.failed");
        };
    }
}
