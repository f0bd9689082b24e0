package cn.exchange.web.qualification;

import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The apply form on a lot's page (bidders). */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualificationService qualification;

    private boolean commitmentAccepted;
    private String relatedParties;
    private boolean priorityRight;

    public String apply(long lotId) {
        ApplicationView v = Pages.attempt("apply", () -> qualification.apply(lotId,
                new QualificationService.ApplyForm(commitmentAccepted, relatedParties, priorityRight)));
        if (v == null) {
            return null;
        }
        Pages.info(Pages.text("apply.done", v.lotNumber(), v.paymentReference()));
        Pages.keepMessagesOverRedirect();
        return "/bidder/applications?faces-redirect=true";
    }

    public boolean isCommitmentAccepted() { return commitmentAccepted; }
    public void setCommitmentAccepted(boolean v) { commitmentAccepted = v; }
    public String getRelatedParties() { return relatedParties; }
    public void setRelatedParties(String v) { relatedParties = v; }
    public boolean isPriorityRight() { return priorityRight; }
    public void setPriorityRight(boolean v) { priorityRight = v; }
}
