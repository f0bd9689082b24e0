package cn.exchange.web.shell;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.security.RolePermissions;
import cn.exchange.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the signed-in visitor may do, for showing only the menus and buttons that work for them. */
@Named("access")
@RequestScoped
public class AccessBean {

    private Role role;
    private boolean resolved;

    public boolean isSignedIn() {
        return role() != null;
    }

    public String getRole() {
        Role r = role();
        return r == null ? null : r.name();
    }

    public String getUsername() {
        HttpServletRequest req = request();
        return req.getUserPrincipal() == null ? null : req.getUserPrincipal().getName();
    }

    /** {@code #{access.can('BID')}} */
    public boolean can(String permission) {
        return RolePermissions.allows(role(), Permission.valueOf(permission));
    }

    public boolean isStaff() {
        Role r = role();
        return r != null && r.isStaff();
    }

    public boolean isSupervisor() {
        Role r = role();
        return r != null && r.isSupervisor();
    }

    private Role role() {
        if (!resolved) {
            role = Roles.of(request());
            resolved = true;
        }
        return role;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
