package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A deal's transaction certificate (rule 31): staff issue it once the contract is signed and the price and both fees are
 * paid, and reissue it as a new version with the reason. Under {@code /api/deals/{id}/certificate} (the deal itself is
 * {@link DealResource}'s); reading and verifying certificates is {@link CertificateResource}'s.
 */
@Path("deals/{id}/certificate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealCertificateResource {

    @EJB
    CertificateService certificates;

    @POST
    @Allowed(Permission.CERTIFICATE_ISSUE)
    @Operation(summary = "Issue the transaction certificate: only after the signed contract, the full price and both fees (rule 31)")
    public Response issue(@PathParam("id") long id) {
        return Response.status(201).entity(certificates.issue(id)).build();
    }

    @POST
    @Path("reissue")
    @Allowed(Permission.CERTIFICATE_ISSUE)
    @Operation(summary = "Reissue the certificate as a new version linked to the one it replaces, with the reason")
    public Response reissue(@PathParam("id") long id, DealRequests.Reason r) {
        return Response.status(201).entity(certificates.reissue(id, r == null ? null : r.reason())).build();
    }
}
