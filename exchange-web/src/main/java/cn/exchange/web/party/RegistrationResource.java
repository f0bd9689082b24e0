package cn.exchange.web.party;

import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRegistration;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.ejb.party.PartyService;
import cn.exchange.ejb.party.RegistrationForm;
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

/** Self-registration of bidders (and agencies): the party is pending until exchange staff check its identity. */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /**
     * The registration: {@code kind} is ENTERPRISE_BIDDER, PERSON_BIDDER or AGENCY; an organisation gives its
     * {@code creditCode}, a person its {@code residentId}; {@code username} is the mobile number or e-mail address.
     */
    public record Registration(PartyKind kind, String name, String creditCode, String residentId, String contactPerson,
                               String mobile, String email, String address, String regionCode, AgencyType agencyType,
                               String username, String password, String passwordConfirm) {
    }

    @EJB
    PartyService parties;

    @POST
    @Public
    @Operation(summary = "Register a bidder or an agency (pending the exchange's identity check)")
    public Response register(Registration r) {
        if (r == null) {
            throw new cn.exchange.core.shared.DomainException("kind", "party.kindRequired");
        }
        AccountView created = parties.register(new RegistrationForm(new PartyRegistration.Form(r.kind(), r.name(),
                r.creditCode(), r.residentId(), r.contactPerson(), r.mobile(), r.email(), r.address(), r.regionCode(),
                r.agencyType()), r.username(), r.password(), r.passwordConfirm()));
        return Response.status(201).entity(created).build();
    }
}
