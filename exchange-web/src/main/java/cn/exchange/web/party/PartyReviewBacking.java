package cn.exchange.web.party;

import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.party.PartyService;
import cn.exchange.ejb.party.PartyView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Staff: the identity check of registered bidders and agencies (approve, reject with a reason, accept a credit code). */
@Named
@ViewScoped
public class PartyReviewBacking implements Serializable {

    @EJB
    PartyService parties;

    @Inject
    cn.exchange.web.shell.AccessBean access;

    private PartyStatus status = PartyStatus.PENDING_REVIEW;
    private List<PartyView> list;
    private PartyView selected;
    private String text;

    @PostConstruct
    void load() {
        list = parties.byStatus(status);
    }

    public void filter() {
        load();
    }

    public void select(PartyView p) {
        selected = p;
        text = null;
    }

    public void approve() {
        if (Pages.attempt("decision", () -> parties.approve(selected.id(), text)) != null) {
            Pages.info(Pages.text("review.approved", selected.name()));
            selected = null;
            load();
        }
    }

    public void reject() {
        if (Pages.attempt("decision", () -> parties.reject(selected.id(), text)) != null) {
            Pages.info(Pages.text("review.rejected", selected.name()));
            selected = null;
            load();
        }
    }

    public void override() {
        PartyView v = Pages.attempt("decision", () -> parties.overrideIdentifierWarning(selected.id(), text));
        if (v != null) {
            Pages.info(Pages.text("review.overridden", selected.name()));
            selected = v;
            text = null;
            load();
        }
    }

    public boolean isMayDecide() {
        return access.can(Permission.PARTY_REVIEW.name());
    }

    public PartyStatus[] getStatuses() {
        return PartyStatus.values();
    }

    public PartyStatus getStatus() {
        return status;
    }

    public void setStatus(PartyStatus status) {
        this.status = status;
    }

    public List<PartyView> getList() {
        return list;
    }

    public PartyView getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
