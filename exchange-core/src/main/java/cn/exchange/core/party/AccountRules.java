package cn.exchange.core.party;

import cn.exchange.core.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new account's credentials must be. A party's own accounts (bidders, agencies) sign in with their mobile
 * number or e-mail address; staff user names are chosen by the administrator (letters, digits, dot, dash, underscore).
 */
public final class AccountRules {

    private AccountRules() {
    }

    public static List<FieldProblem> checkPartyAccount(String username, String password, String confirm) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ContactRules.isMobile(username) && !ContactRules.isEmail(username)) {
            problems.add(FieldProblem.of("username", "account.usernameInvalid"));
        }
        problems.addAll(checkPassword(password, confirm, username));
        return problems;
    }

    public static List<FieldProblem> checkStaffAccount(String username, String displayName, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !username.trim().matches("[A-Za-z0-9._-]{3,50}")) {
            problems.add(FieldProblem.of("username", "account.usernameInvalid"));
        }
        if (ContactRules.clean(displayName) == null || displayName.length() > 100) {
            problems.add(FieldProblem.of("displayName", "account.displayNameRequired"));
        }
        problems.addAll(PasswordPolicy.check("password", password, username));
        return problems;
    }

    public static List<FieldProblem> checkPassword(String password, String confirm, String username) {
        List<FieldProblem> problems = new ArrayList<>(PasswordPolicy.check("password", password, username));
        if (confirm != null && password != null && !password.equals(confirm)) {
            problems.add(FieldProblem.of("passwordConfirm", "account.passwordMismatch"));
        }
        return problems;
    }
}
