package cn.exchange.web.security;

import cn.exchange.core.security.Role;
import jakarta.servlet.http.HttpServletRequest;

/** The one role of the request's caller, as the container knows it, or null when not signed in. */
public final class Roles {

    private Roles() {
    }

    public static Role of(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return null;
        }
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                return r;
            }
        }
        return null;
    }
}
