package cn.exchange.web.party;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.party.AccountService;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Permission.OWN_ACCOUNT)
@cn.exchange.web.security.WhilePasswordExpired
public class MeResource {

    /** A password change: the current password, the new one twice. */
    public record PasswordChange(String currentPassword, String password, String passwordConfirm) {
    }

    @EJB
    AccountService accounts;

    @GET
    @Operation(summary = "The signed-in account and its party")
    public AccountView me() {
        return accounts.me();
    }

    @POST
    @Path("password")
    @Operation(summary = "Change the own password (revokes earlier API tokens)")
    public Response changePassword(PasswordChange c) {
        if (c == null) {
            throw new cn.exchange.core.shared.DomainException("password", "password.tooShort", 10);
        }
        accounts.changeOwnPassword(c.currentPassword(), c.password(), c.passwordConfirm());
        return Response.noContent().build();
    }
}
