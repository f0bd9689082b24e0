package cn.exchange.web.notification;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.notification.Inbox;
import cn.exchange.ejb.notification.InboxRow;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The caller's own inbox (站内信): each person reads and marks only their own notifications. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.OWN_ACCOUNT)
public class InboxResource {

    /** How many of the caller's notifications are unread. */
    public record Unread(long unread) {
    }

    @EJB
    Inbox inbox;

    @GET
    @Operation(summary = "The caller's notifications, newest first (at most 200)")
    public List<InboxRow> mine() {
        return inbox.mine();
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of the caller's notifications are unread")
    public Unread unread() {
        return new Unread(inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (idempotent; another's is 404)")
    public Unread read(@PathParam("id") long id) {
        inbox.markRead(id);
        return unread();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public Unread readAll() {
        inbox.markAllRead();
        return unread();
    }
}
