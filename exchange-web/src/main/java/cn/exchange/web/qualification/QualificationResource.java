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
 * Bidder qualification (rules 13–19): applications, the exchange's review, the transferor's reply, the ruling and the
 * conclusion with the lot's path. Deposits from the bank are {@link DepositResource}'s; scheduling the session and the
 * negotiated transfer share this address but are the auction's and settlement's resources.
 */
@Path("qualification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    @EJB
    QualificationService qualification;

    @jakarta.ejb.EJB
    cn.exchange.ejb.qualification.AgencyReplies replies;

    @EJB
    QualificationConclusion conclusion;

    @Context
    HttpServletRequest request;

    @POST
    @Path("lots/{lotId}/applications")
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for a lot during its announcement (bidder); the answer carries the deposit's payment reference")
    public Response apply(@PathParam("lotId") long lotId, QualificationService.ApplyForm form) {
        return Response.status(201).entity(qualification.apply(lotId, form)).build();
    }

    @POST
    @Path("applications")
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for many lots in one go (e.g. a session of 600 vehicles); all or nothing")
    public Response applyMany(QualificationRequests.BatchApplication b) {
        if (b == null) {
            throw new DomainException("lotIds", "common.required");
        }
        return Response.status(201).entity(qualification.applyMany(b.lotIds(),
                new QualificationService.ApplyForm(b.commitmentAccepted(), b.relatedParties(), b.priorityRight()))).build();
    }

    @GET
    @Path("due-today")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "Applications with a transferor reply or a deposit due today (staff dashboard)")
    public List<ApplicationView> dueToday() {
        return qualification.dueToday();
    }

    @GET
    @Path("applications/mine")
    @Allowed(Permission.APPLICATION_READ_OWN)
    @Operation(summary = "The bidder's own applications, with payment instructions and bidder codes")
    public List<ApplicationView> mine() {
        return qualification.mine();
    }

    @GET
    @Path("lots/{lotId}/applications")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "A lot's applications with identities and anti-collusion flags (staff, supervisors)")
    public List<ApplicationView> forLot(@PathParam("lotId") long lotId) {
        return qualification.forLot(lotId);
    }

    @GET
    @Path("lots/{lotId}/rejection-grounds")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "What a rejection may cite (rule 13): the lot's published buyer conditions, one per line of its "
            + "conditions text, numbered C1, C2, …, and R16 — rule 16's deposit not received by the deadline")
    public List<cn.exchange.core.qualification.RejectionGrounds.Ground> rejectionGrounds(@PathParam("lotId") long lotId) {
        return qualification.rejectionGrounds(lotId, Languages.ofApi(request));
    }

    @POST
    @Path("applications/{id}/review")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "The exchange's opinion; a rejection cites one or more of the lot's published conditions (or rule "
            + "16's deposit) by code from rejection-grounds, with the staff's words in reason (rule 13)")
    public ApplicationView review(@PathParam("id") long id, QualificationRequests.Review r) {
        return qualification.review(id, r == null ? null : r.opinion(), r == null ? null : r.grounds(), r == null ? null : r.reason());
    }

    @POST
    @Path("applications/{id}/ruling")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "Record the approving body's ruling on the transferor's objection")
    public ApplicationView ruling(@PathParam("id") long id, QualificationRequests.Ruling r) {
        if (r == null || r.qualified() == null) {
            throw new DomainException("qualified", "common.required");
        }
        return qualification.ruling(id, r.qualified(), r.text());
    }

    @GET
    @Path("agency/applications")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "Opinions on the agency's own lots awaiting its reply (applicants anonymised)")
    public List<ApplicationView> forAgency() {
        return replies.forAgency();
    }

    @POST
    @Path("applications/{id}/reply")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "The transferor agrees with or objects to the exchange's opinion, within 5 working days")
    public ApplicationView reply(@PathParam("id") long id, QualificationRequests.Reply r) {
        return replies.reply(id, r == null ? null : r.reply(), r == null ? null : r.note());
    }

    @POST
    @Path("lots/{lotId}/conclude")
    @Allowed(Permission.QUALIFICATION_CONCLUDE)
    @Operation(summary = "Conclude qualification: bidder codes, and the lot's path by the number of qualified bidders")
    public QualificationConclusion.Conclusion conclude(@PathParam("lotId") long lotId) {
        return conclusion.conclude(lotId);
    }
}
