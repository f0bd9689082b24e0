package cn.exchange.web.settlement;

import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.web.security.Public;
import cn.exchange.web.security.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The certificates (rule 31): their PDFs for those who may read the deal, and the public verification by code; issuing
 * them is {@link DealCertificateResource}'s.
 */
@Path("settlement/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @EJB
    CertificateService certificates;

    @GET
    @Path("{id}.pdf")
    @SignedIn
    @Produces("application/pdf")
    @Operation(summary = "A certificate's PDF (the deal's parties, staff, supervisors)")
    public Response certificatePdf(@PathParam("id") long id) {
        return PdfAnswer.inline(certificates.pdf(id), "certificate-" + id + ".pdf");
    }

    @GET
    @Path("verify/{code}")
    @Public
    @Operation(summary = "Anyone: check a certificate by its verification code — its key fields and whether it is the version in"
            + " force or superseded (a natural person's name masked)")
    public CertificateService.Check verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }
}
