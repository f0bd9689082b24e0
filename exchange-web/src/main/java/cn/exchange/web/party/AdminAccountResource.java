package cn.exchange.web.party;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.ejb.party.AccountService;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The administrator's account management: staff, supervisors and administrators. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Permission.ACCOUNT_ADMIN)
public class AdminAccountResource {

    /** A new account for exchange staff, a supervisor or an administrator. */
    public record NewAccount(String username, String displayName, Role role, String password, String email, String mobile) {
    }

    /** A new password set by the administrator. */
    public record NewPassword(String password) {
    }

    @EJB
    AccountService accounts;

    @GET
    @Operation(summary = "All accounts")
    public List<AccountView> all() {
        return accounts.all();
    }

    @POST
    @Operation(summary = "Create a staff, supervisor or administrator account")
    public Response create(NewAccount a) {
        if (a == null) {
            throw new cn.exchange.core.shared.DomainException("username", "account.usernameInvalid");
        }
        return Response.status(201).entity(accounts.createStaff(a.username(), a.displayName(), a.role(), a.password(),
                a.email(), a.mobile())).build();
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account (its sessions and tokens stop working)")
    public AccountView disable(@PathParam("id") long id) {
        return accounts.disable(id);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account")
    public AccountView enable(@PathParam("id") long id) {
        return accounts.enable(id);
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Set a new password for an account")
    public Response resetPassword(@PathParam("id") long id, NewPassword p) {
        accounts.resetPassword(id, p == null ? null : p.password());
        return Response.noContent().build();
    }
}
