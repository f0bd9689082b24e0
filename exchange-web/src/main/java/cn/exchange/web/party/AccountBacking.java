package cn.exchange.web.party;

import cn.exchange.ejb.party.AccountService;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** My account: who I am, my party and its review status, and changing my password. */
@Named
@RequestScoped
public class AccountBacking {

    @EJB
    AccountService accounts;

    private AccountView me;
    private String currentPassword;
    private String password;
    private String passwordConfirm;

    @PostConstruct
    void load() {
        me = accounts.me();
    }

    public void changePassword() {
        if (Pages.attempt("pw", () -> accounts.changeOwnPassword(currentPassword, password, passwordConfirm))) {
            Pages.info(Pages.text("account.passwordChanged"));
        }
        currentPassword = null;
        password = null;
        passwordConfirm = null;
    }

    public AccountView getMe() {
        return me;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
