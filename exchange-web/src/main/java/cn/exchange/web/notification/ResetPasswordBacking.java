package cn.exchange.web.notification;

import cn.exchange.ejb.notification.PasswordResets;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * 忘记密码 by e-mail: without a token the page asks for a user name or an e-mail address and answers the same in
 * every case; opened from the mailed link it sets a new password, once.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordResets resets;

    private String token;
    private Boolean usable;
    private String login;
    private String password;
    private String passwordConfirm;
    private boolean requested;
    private boolean done;

    public void request() {
        if (Pages.attempt("ask", () -> resets.request(login))) {
            requested = true;
        }
    }

    public void reset() {
        if (Pages.attempt("set", () -> resets.reset(token, password, passwordConfirm))) {
            done = true;
            usable = false;
        }
        password = null;
        passwordConfirm = null;
    }

    /** Whether the page was opened from a link. */
    public boolean isWithToken() {
        return token != null && !token.isBlank();
    }

    /** Whether the link still works (checked once per view). */
    public boolean isUsable() {
        if (usable == null) {
            usable = isWithToken() && resets.usable(token);
        }
        return usable;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public boolean isRequested() { return requested; }
    public boolean isDone() { return done; }
}
