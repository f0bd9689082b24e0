package cn.exchange.core.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.exchange.core.security.Permission.*;

/**
 * The role × permission matrix of the exchange, written down once. Pages and REST endpoints name the permission they
 * need; the command executor checks it for every state change; the README prints this table.
 *
 * <ul>
 *   <li>an agency sees and edits only its own projects, and confirms qualification opinions on its own lots;</li>
 *   <li>a bidder applies, pays, bids and signs for itself only, and never sees another bidder's identity before the
 *       award;</li>
 *   <li>staff act within their duty (review, trading, settlement);</li>
 *   <li>supervisors read every record and change none;</li>
 *   <li>the administrator manages accounts and enters the working-day calendar, but cannot bid, approve or edit
 *       transactions.</li>
 * </ul>
 * Object-level rules ("its own") are checked by the use cases on top of this matrix.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    static {
        Set<Permission> supervisor = EnumSet.of(OWN_ACCOUNT, PARTY_READ, AUDIT_VERIFY, PROJECT_READ_ALL, APPLICATION_READ_ALL,
                AUCTION_CONSOLE_READ, LEDGER_READ, TRAIL_READ, BIDDER_IDENTITY_READ, REPLAY_RUN, REPORT_READ, REDFLAG_READ);
        MATRIX.put(Role.ADMIN, EnumSet.of(OWN_ACCOUNT, ACCOUNT_ADMIN, AUDIT_VERIFY, CALENDAR_ADMIN));
        MATRIX.put(Role.AGENCY, EnumSet.of(OWN_ACCOUNT, PROJECT_EDIT, PROJECT_READ_OWN, QUALIFICATION_CONFIRM,
                CONTRACT_SIGN, CONTRACT_READ_OWN));
        MATRIX.put(Role.BIDDER, EnumSet.of(OWN_ACCOUNT, APPLICATION_SUBMIT, APPLICATION_READ_OWN, BID, CONTRACT_SIGN,
                CONTRACT_READ_OWN, WATCHLIST, PRACTICE));
        MATRIX.put(Role.REVIEWER, EnumSet.of(OWN_ACCOUNT, PARTY_REVIEW, PARTY_READ, PROJECT_READ_ALL, PROJECT_REVIEW,
                ANNOUNCEMENT_PUBLISH, LISTING_CHANGE, APPLICATION_REVIEW, APPLICATION_READ_ALL, QUALIFICATION_CONCLUDE,
                BIDDER_IDENTITY_READ, REPORT_READ, STAFF_DASHBOARD, CALENDAR_REVIEW));
        MATRIX.put(Role.OPERATOR, EnumSet.of(OWN_ACCOUNT, PARTY_READ, PROJECT_READ_ALL, LISTING_CHANGE, APPLICATION_READ_ALL,
                QUALIFICATION_CONCLUDE, AUCTION_SCHEDULE, AUCTION_CONTROL, AUCTION_CONSOLE_READ, NEGOTIATED_DEAL_RECORD,
                CONTRACT_PREPARE, FORFEITURE_DECIDE, CERTIFICATE_ISSUE, RESULT_PUBLISH, BIDDER_IDENTITY_READ, REPORT_READ,
                STAFF_DASHBOARD, CALENDAR_REVIEW));
        MATRIX.put(Role.SETTLEMENT, EnumSet.of(OWN_ACCOUNT, PARTY_READ, PROJECT_READ_ALL, APPLICATION_READ_ALL, DEPOSIT_BOOK,
                SETTLEMENT_BOOK, LEDGER_READ, BIDDER_IDENTITY_READ, REPORT_READ, STAFF_DASHBOARD, CALENDAR_REVIEW));
        for (Role r : Role.SUPERVISORS) {
            MATRIX.put(r, EnumSet.copyOf(supervisor));
        }
    }

    private RolePermissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return role != null && MATRIX.get(role).contains(permission);
    }

    public static Set<Permission> of(Role role) {
        return Collections.unmodifiableSet(MATRIX.get(role));
    }

    /** The roles holding a permission. */
    public static Set<Role> holders(Permission permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        MATRIX.forEach((r, ps) -> {
            if (ps.contains(permission)) {
                roles.add(r);
            }
        });
        return roles;
    }

    /**
     * The matrix as the Markdown table the README prints (permissions as rows, roles as columns); a test keeps the
     * README equal to it.
     */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| Permission | Kind |");
        for (Role r : Role.values()) {
            b.append(' ').append(r.name()).append(" |");
        }
        b.append("\n|---|---|");
        b.append(":-:|".repeat(Role.values().length)).append('\n');
        for (Permission p : Permission.values()) {
            b.append("| `").append(p.name()).append("` | ").append(p.kind().name().toLowerCase()).append(" |");
            for (Role r : Role.values()) {
                b.append(allows(r, p) ? " ✔ |" : "   |");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
