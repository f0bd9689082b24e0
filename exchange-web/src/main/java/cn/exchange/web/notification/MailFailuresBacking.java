package cn.exchange.web.notification;

import cn.exchange.ejb.notification.FailedMail;
import cn.exchange.ejb.notification.FailedMails;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The administrator's list of addresses the exchange gave up mailing, and whether it sends mail at all. */
@Named
@RequestScoped
public class MailFailuresBacking {

    @EJB
    FailedMails failed;

    private List<FailedMail> rows;
    private boolean configured;

    @PostConstruct
    void load() {
        rows = failed.list();
        configured = failed.mailConfigured();
    }

    public List<FailedMail> getRows() {
        return rows;
    }

    public boolean isConfigured() {
        return configured;
    }
}
