package cn.exchange.web.notification;

import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.notification.PasswordResets;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 忘记密码 by e-mail: ask for a one-time link (answered the same whether or not the name or address exists), and set a
 * new password with the link's token.
 */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class PasswordResetResource {

    /** A user name or an e-mail address. */
    public record Request(String login) {
    }

    /** The link's token and the new password, twice. */
    public record Confirm(String token, String password, String passwordConfirm) {
    }

    /** The one answer to every request. */
    public record Accepted(boolean accepted) {
    }

    @EJB
    PasswordResets resets;

    @POST
    @Operation(summary = "Mail a one-time link to the account a user name or an e-mail address names (202 in every case)")
    public Response request(Request r) {
        resets.request(r == null ? null : r.login());
        return Response.accepted(new Accepted(true)).build();
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Set a new password with a mailed link's token (works once, for 30 minutes)")
    public Response confirm(Confirm c) {
        if (c == null) {
            throw new DomainException("token", "reset.linkInvalid");
        }
        resets.reset(c.token(), c.password(), c.passwordConfirm());
        return Response.noContent().build();
    }
}
