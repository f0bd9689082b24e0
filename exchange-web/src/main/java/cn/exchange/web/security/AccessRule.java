package cn.exchange.web.security;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.security.RolePermissions;

/**
 * Who may open a page or call an endpoint: anyone, anyone signed in, or the holders of a permission of
 * {@link RolePermissions}.
 */
public record AccessRule(Kind kind, Permission permission) {

    public enum Kind {
        PUBLIC, SIGNED_IN, PERMISSION
    }

    public static final AccessRule PUBLIC = new AccessRule(Kind.PUBLIC, null);
    public static final AccessRule SIGNED_IN = new AccessRule(Kind.SIGNED_IN, null);

    public static AccessRule permission(Permission p) {
        return new AccessRule(Kind.PERMISSION, p);
    }

    /** Whether a caller with this role (null: not signed in) passes. */
    public boolean allows(Role role) {
        return switch (kind) {
            case PUBLIC -> true;
            case SIGNED_IN -> role != null;
            case PERMISSION -> role != null && RolePermissions.allows(role, permission);
        };
    }

    public boolean needsSignIn() {
        return kind != Kind.PUBLIC;
    }

    @Override
    public String toString() {
        return kind == Kind.PERMISSION ? permission.name() : kind.name();
    }
}
