package cn.exchange.web.party;

import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRegistration;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.ejb.party.PartyService;
import cn.exchange.ejb.party.PartyView;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Staff: the identity check of registered parties, and registering agencies. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffPartyResource {

    /** A decision's text: a note when approving, a reason when rejecting or overriding. */
    public record Decision(String text) {
    }

    /** An agency registered by staff, with its first account. */
    public record AgencyRegistration(String name, String creditCode, AgencyType agencyType, String contactPerson,
                                     String mobile, String email, String address, String regionCode, String username,
                                     String password, String overrideReason) {
    }

    @EJB
    PartyService parties;

    @GET
    @Path("parties")
    @Allowed(Permission.PARTY_READ)
    @Operation(summary = "Parties by status (default: waiting for the identity check)")
    public List<PartyView> parties(@QueryParam("status") @DefaultValue("PENDING_REVIEW") PartyStatus status) {
        return parties.byStatus(status);
    }

    @GET
    @Path("parties/{id}")
    @Allowed(Permission.PARTY_READ)
    @Operation(summary = "One party")
    public PartyView party(@PathParam("id") long id) {
        return parties.get(id);
    }

    @POST
    @Path("parties/{id}/approve")
    @Allowed(Permission.PARTY_REVIEW)
    @Operation(summary = "Approve a party's identity")
    public PartyView approve(@PathParam("id") long id, Decision d) {
        return parties.approve(id, d == null ? null : d.text());
    }

    @POST
    @Path("parties/{id}/reject")
    @Allowed(Permission.PARTY_REVIEW)
    @Operation(summary = "Reject a registration, with a reason")
    public PartyView reject(@PathParam("id") long id, Decision d) {
        return parties.reject(id, d == null ? null : d.text());
    }

    @POST
    @Path("parties/{id}/override-warning")
    @Allowed(Permission.PARTY_REVIEW)
    @Operation(summary = "Accept a credit code that fails its check character, with a reason (rule 35)")
    public PartyView override(@PathParam("id") long id, Decision d) {
        return parties.overrideIdentifierWarning(id, d == null ? null : d.text());
    }

    @POST
    @Path("agencies")
    @Allowed(Permission.PARTY_REVIEW)
    @Operation(summary = "Register a transferring agency with its first account")
    public Response registerAgency(AgencyRegistration a) {
        if (a == null) {
            throw new cn.exchange.core.shared.DomainException("name", "party.nameLength", 2, 200);
        }
        AccountView v = parties.registerAgency(new PartyRegistration.Form(PartyKind.AGENCY, a.name(), a.creditCode(), null,
                a.contactPerson(), a.mobile(), a.email(), a.address(), a.regionCode(), a.agencyType()), a.username(),
                a.password(), a.overrideReason());
        return Response.status(201).entity(v).build();
    }
}
