package cn.exchange.ejb.identity;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.security.RolePermissions;

/**
 * Who is acting: a signed-in account (with its role and, for agencies and bidders, its party), an anonymous visitor,
 * or the exchange's own scheduled work ({@code system}).
 */
public record Caller(String username, Role role, Long accountId, Long partyId, String ip) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public static Caller anonymous(String ip) {
        return new Caller(ANONYMOUS, null, null, null, ip);
    }

    public static Caller system() {
        return new Caller(SYSTEM, null, null, null, null);
    }

    public boolean isSystem() {
        return SYSTEM.equals(username) && role == null;
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(username) && role == null;
    }

    public boolean can(Permission permission) {
        return isSystem() || RolePermissions.allows(role, permission);
    }

    /** The role as the audit trail writes it: the role's name, SYSTEM, or PUBLIC for an anonymous visitor. */
    public String roleName() {
        return role != null ? role.name() : isSystem() ? "SYSTEM" : "PUBLIC";
    }
}
