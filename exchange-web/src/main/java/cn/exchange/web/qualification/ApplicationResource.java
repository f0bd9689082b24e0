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
 * Applications (rules 13–15): a bidder applies for many lots at once and reads its own; the exchange reviews each, the
 * transferor replies within 5 working days, and the approving body's ruling settles an objection.
 */
@Path("qualification/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @EJB
    QualificationService qualification;

    @EJB
    cn.exchange.ejb.qualification.AgencyReplies replies;

    @POST
        @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for many lots in one go (e.g. a session of 600 vehicles); all or nothing")
    public Response applyMany(QualificationRequests.BatchApplication b) {
        if (b == null) {
            throw new DomainException("lotIds", "common.required");
        }
        return Response.status(201).entity(qualification.applyMany(b.lotIds(),
                new QualificationService.ApplyForm(b.commitmentAccepted(), b.relatedParties(), b.priorityRight(),
                b.throughAgent()))).build();
    }

    @GET
    @Path("mine")
    @Allowed(Permission.APPLICATION_READ_OWN)
    @Operation(summary = "The bidder's own applications, with payment instructions and bidder codes")
    public List<ApplicationView> mine() {
        return qualification.mine();
    }

    @POST
    @Path("{id}/review")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "The exchange's opinion; a rejection cites one or more of the lot's published conditions (or rule "
            + "16's deposit) by code from rejection-grounds, with the staff's words in reason (rule 13)")
    public ApplicationView review(@PathParam("id") long id, QualificationRequests.Review r) {
        return qualification.review(id, r == null ? null : r.opinion(), r == null ? null : r.grounds(), r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/ruling")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "Record the approving body's ruling on the transferor's objection")
    public ApplicationView ruling(@PathParam("id") long id, QualificationRequests.Ruling r) {
        if (r == null || r.qualified() == null) {
            throw new DomainException("qualified", "common.required");
        }
        return qualification.ruling(id, r.qualified(), r.text());
    }

    @POST
    @Path("{id}/reply")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "The transferor agrees with or objects to the exchange's opinion, within 5 working days")
    public ApplicationView reply(@PathParam("id") long id, QualificationRequests.Reply r) {
        return replies.reply(id, r == null ? null : r.reply(), r == null ? null : r.note());
    }
}
