package cn.exchange.web.listing;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.PriorityHolderService;
import cn.exchange.ejb.listing.PriorityHolderView;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The holders of the priority purchase right on an equity transfer lot (rule 24), before publication: the agency names
 * them and chooses how they exercise the right, the reviewer confirms each. Under {@code /api/projects} with
 * {@link ProjectResource}.
 */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorityHolderResource {

    @EJB
    PriorityHolderService priorityHolders;

    @POST
    @Path("{id}/lots/{lotId}/priority-holders")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Name a holder of the priority purchase right on an equity transfer lot before publication (rule 24): "
            + "name, identifier (unified social credit code or resident ID), rank (1 first) and basisRef (the document the "
            + "right rests on); the reviewer confirms it")
    public Response nameHolder(@PathParam("id") long id, @PathParam("lotId") long lotId, PriorityHolderService.HolderForm form) {
        return Response.status(201).entity(priorityHolders.name(id, lotId, form)).build();
    }

    @PUT
    @Path("{id}/lots/{lotId}/priority-exercise")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "How the lot's priority right holders exercise the right (rule 24), before publication: mode IN_AUCTION (they"
            + " bid and win at an equal price) or AFTER_AUCTION (事后行权: they do not bid and may match the outsiders' final price within"
            + " matchSeconds, default 300, 5 to 86400; ascending lots only)")
    public Map<String, Object> chooseExercise(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                              PriorityHolderService.ExerciseForm form) {
        return priorityHolders.chooseExercise(id, lotId, form);
    }

    @GET
    @Path("{id}/lots/{lotId}/priority-holders")
    @SignedIn
    @Operation(summary = "The priority right holders of a lot, by rank: its agency's own, or any for staff")
    public List<PriorityHolderView> holders(@PathParam("id") long id, @PathParam("lotId") long lotId) {
        return priorityHolders.list(id, lotId);
    }

    @POST
    @Path("{id}/lots/{lotId}/priority-holders/{holderId}/confirm")
    @Allowed(Permission.PROJECT_REVIEW)
    @Operation(summary = "Confirm a named priority right holder against its basis document (reviewer, before publication)")
    public PriorityHolderView confirmHolder(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                            @PathParam("holderId") long holderId) {
        return priorityHolders.confirm(id, lotId, holderId);
    }
}
