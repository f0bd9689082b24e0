package cn.exchange.web.notification;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.notification.FailedMail;
import cn.exchange.ejb.notification.FailedMails;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The addresses the exchange gave up mailing (after the last attempt, or refused by the mail server for good). */
@Path("admin/mail-failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailFailuresResource {

    @EJB
    FailedMails failed;

    @GET
    @Allowed(Permission.ACCOUNT_ADMIN)
    @Operation(summary = "Mails given up, newest first, with the account, address, attempts and the last error")
    public List<FailedMail> list() {
        return failed.list();
    }
}
