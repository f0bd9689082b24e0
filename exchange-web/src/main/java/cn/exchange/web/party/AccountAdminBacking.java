package cn.exchange.web.party;

import cn.exchange.core.security.Role;
import cn.exchange.ejb.party.AccountService;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The administrator's accounts page: all accounts; create staff, supervisor and administrator accounts; switch off. */
@Named
@ViewScoped
public class AccountAdminBacking implements Serializable {

    @EJB
    AccountService accounts;

    private List<AccountView> list;
    private String username;
    private String displayName;
    private Role role = Role.REVIEWER;
    private String password;
    private String email;
    private String mobile;
    private AccountView selected;
    private String newPassword;
    /** The search over the list (a person at the service desk is found by user name or name). */
    private String query;

    @PostConstruct
    void load() {
        list = accounts.all();
    }

    public void create() {
        AccountView v = Pages.attempt("create", () -> accounts.createStaff(username, displayName, role, password, email, mobile));
        password = null;
        if (v != null) {
            Pages.info(Pages.text("admin.created", v.username()));
            username = null;
            displayName = null;
            email = null;
            mobile = null;
            load();
        }
    }

    public void disable(AccountView a) {
        if (Pages.attempt("list", () -> accounts.disable(a.id())) != null) {
            load();
        }
    }

    public void enable(AccountView a) {
        if (Pages.attempt("list", () -> accounts.enable(a.id())) != null) {
            load();
        }
    }

    public void select(AccountView a) {
        selected = a;
        newPassword = null;
    }

    public void resetPassword() {
        if (Pages.attempt("reset", () -> accounts.resetPassword(selected.id(), newPassword))) {
            Pages.info(Pages.text("admin.passwordSet", selected.username()));
            selected = null;
        }
        newPassword = null;
    }

    /** The roles an administrator creates here; agencies and bidders register themselves (or staff register agencies). */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.AGENCY && r != Role.BIDDER).toList();
    }

    /** The accounts whose user name or name contains the search words (every account without them). */
    public List<AccountView> getList() {
        if (query == null || query.isBlank()) {
            return list;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return list.stream().filter(a -> a.username().toLowerCase(java.util.Locale.ROOT).contains(q)
                || a.displayName() != null && a.displayName().toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
    }

    public String getQuery() { return query; }
    public void setQuery(String v) { query = v == null || v.length() > 100 ? null : v; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public AccountView getSelected() { return selected; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
