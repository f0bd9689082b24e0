package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationConclusion;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.base.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * A lot's qualification (rules 13–19): bidders apply for it, staff read its applications and the grounds a rejection may
 * cite, and conclude it with the lot's path. The session and the negotiated transfer that follow have their own
 * addresses below this one ({@code ScheduleResource}, {@code NegotiatedDealResource}).
 */
@Path("qualification/lots/{lotId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LotQualificationResource {

    @EJB
    QualificationService qualification;

    @EJB
    QualificationConclusion conclusion;

    @Context
    HttpServletRequest request;

    @POST
    @Path("applications")
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for a lot during its announcement (bidder); the answer carries the deposit's payment reference")
    public Response apply(@PathParam("lotId") long lotId, QualificationService.ApplyForm form) {
        return Response.status(201).entity(qualification.apply(lotId, form)).build();
    }

    @GET
    @Path("applications")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "A lot's applications with identities and anti-collusion flags (staff, supervisors)")
    public List<ApplicationView> forLot(@PathParam("lotId") long lotId) {
        return qualification.forLot(lotId);
    }

    @GET
    @Path("rejection-grounds")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "What a rejection may cite (rule 13): the lot's published buyer conditions, one per line of its "
            + "conditions text, numbered C1, C2, …, and R16 — rule 16's deposit not received by the deadline")
    public List<cn.exchange.core.qualification.RejectionGrounds.Ground> rejectionGrounds(@PathParam("lotId") long lotId) {
        return qualification.rejectionGrounds(lotId, Languages.ofApi(request));
    }

    @POST
    @Path("conclude")
    @Allowed(Permission.QUALIFICATION_CONCLUDE)
    @Operation(summary = "Conclude qualification: bidder codes, and the lot's path by the number of qualified bidders")
    public QualificationConclusion.Conclusion conclude(@PathParam("lotId") long lotId) {
        return conclusion.conclude(lotId);
    }
}
