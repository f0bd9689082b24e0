package cn.exchange.web.party;

import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRegistration;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.ejb.party.PartyService;
import cn.exchange.ejb.party.RegistrationForm;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The registration page: a bidder (enterprise or person) or an agency registers itself, then waits for staff. */
@Named
@ViewScoped
public class RegisterBacking extends PartyFields {

    @EJB
    PartyService parties;

    private PartyKind kind = PartyKind.ENTERPRISE_BIDDER;
    private String residentId;
    private String passwordConfirm;
    private boolean agreed;
    private AccountView registered;

    /**
     * Registers, or shows every problem at once beside its field: the party's, the account's and the
     * unticked agreement together; the passwords stay filled in unless a problem is theirs.
     */
    public void register() {
        RegistrationForm form = new RegistrationForm(new PartyRegistration.Form(kind, name, creditCode, residentId, contactPerson,
                mobile, email, address, null, kind == PartyKind.AGENCY ? cn.exchange.core.party.AgencyType.OTHER : null),
                username, password, passwordConfirm);
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (!agreed) {
            var problems = parties.registrationProblems(form);
            if (!problems.isEmpty()) {
                Pages.attempt("f", () -> {
                    throw new cn.exchange.core.shared.DomainException(problems);
                });
            }
            fc.addMessage("f:agreed", new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text("register.mustAgree"), null));
            fc.validationFailed();
        } else {
            registered = Pages.attempt("f", () -> parties.register(form));
        }
        if (registered != null || fc.getMessages("f:password").hasNext() || fc.getMessages("f:passwordConfirm").hasNext()) {
            password = null;
            passwordConfirm = null;
        }
    }

    public boolean isPerson() { return kind == PartyKind.PERSON_BIDDER; }
    public PartyKind[] getKinds() { return PartyKind.values(); }
    public PartyKind getKind() { return kind; }
    public void setKind(PartyKind kind) { this.kind = kind; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String residentId) { this.residentId = residentId; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean agreed) { this.agreed = agreed; }
    public AccountView getRegistered() { return registered; }
}
