package cn.exchange.web.party;

import cn.exchange.core.security.Role;
import cn.exchange.ejb.party.SignInOutcome;
import cn.exchange.ejb.party.SignInResult;
import cn.exchange.web.shell.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The sign-in page: user name and password, then back to the page that asked for it, or the role's home. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            ec.redirect(target(request));
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
            return;
        }
        SignInResult r = outcome.result();
        if (r != null && r.outcome() == SignInResult.Outcome.THROTTLED) {
            Pages.error(cn.exchange.core.shared.DomainMessages.format(Pages.locale(), "signin.throttled", r.retryMinutes()));
        } else {
            Pages.error(cn.exchange.core.shared.DomainMessages.format(Pages.locale(), "signin.failed"));
        }
    }

    /** Only a path on this site (no open redirect); otherwise the home of the role. */
    private String target(HttpServletRequest request) {
        String ctx = request.getContextPath();
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("login.xhtml")) {
            return next;
        }
        Role role = null;
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                role = r;
            }
        }
        return ctx + Homes.of(role);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
