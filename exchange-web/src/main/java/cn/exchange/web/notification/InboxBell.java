package cn.exchange.web.notification;

import cn.exchange.ejb.notification.Inbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The unread count in every page's header, read once per request. */
@Named
@RequestScoped
public class InboxBell {

    @EJB
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
