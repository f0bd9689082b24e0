package cn.exchange.web.notification;

import cn.exchange.ejb.notification.Inbox;
import cn.exchange.ejb.notification.InboxRow;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 站内信: the signed-in person's notifications, newest first, each marked read on its own or all at once. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Inbox inbox;

    private List<InboxRow> rows;

    @PostConstruct
    void load() {
        rows = inbox.mine();
    }

    public void markRead(long id) {
        if (Pages.attempt("inbox", () -> inbox.markRead(id))) {
            load();
        }
    }

    public void markAllRead() {
        if (Pages.attempt("inbox", () -> {
            inbox.markAllRead();
        })) {
            load();
        }
    }

    public List<InboxRow> getRows() {
        return rows;
    }
}
