package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The transferring agency confirms or objects to the exchange's opinions on its lots (applicants anonymised). */
@Named
@ViewScoped
public class AgencyConfirmationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualificationService qualification;

    @jakarta.ejb.EJB
    cn.exchange.ejb.qualification.AgencyReplies replies;

    private List<ApplicationView> applications;
    private String note;

    @PostConstruct
    void load() {
        applications = replies.forAgency();
    }

    public void agree(long id) { reply(id, Application.Reply.AGREED); }
    public void object(long id) { reply(id, Application.Reply.OBJECTED); }

    private void reply(long id, Application.Reply r) {
        if (Pages.attempt("confirm", () -> replies.reply(id, r, note)) != null) {
            Pages.info(Pages.text("qualification.done"));
            note = null;
            load();
        }
    }

    public List<ApplicationView> getApplications() { return applications; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
