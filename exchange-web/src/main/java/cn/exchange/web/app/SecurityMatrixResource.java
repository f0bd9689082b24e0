package cn.exchange.web.app;

import cn.exchange.web.security.PageAccess;
import cn.exchange.web.security.EndpointRules;
import cn.exchange.web.security.AccessRule;

import cn.exchange.web.security.Public;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.security.RolePermissions;
import cn.exchange.web.app.ExchangeApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange's access rules, published: every REST endpoint and page with the rule that guards it, and the role ×
 * permission matrix. Transparency for auditors, and the list the role-matrix test walks.
 */
@Path("security/matrix")
@RequestScoped
@Public
public class SecurityMatrixResource {

    /** One endpoint: HTTP method, path under /api, and its rule (PUBLIC, SIGNED_IN or a permission). */
    public record Endpoint(String method, String path, String rule) {
    }

    /** One page and its rule. */
    public record Page(String viewId, String rule) {
    }

    /** The whole matrix. */
    public record Matrix(List<Endpoint> endpoints, List<Page> pages, Map<String, List<String>> permissionsByRole) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every endpoint and page with the rule that guards it, and the role × permission matrix")
    public Matrix matrix() {
        List<Endpoint> endpoints = endpoints();
        List<Page> pages = PageAccess.all().entrySet().stream().map(e -> new Page(e.getKey(), e.getValue().toString())).toList();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            roles.put(r.name(), RolePermissions.of(r).stream().map(Permission::name).sorted().toList());
        }
        return new Matrix(endpoints, pages, roles);
    }

    /** Every resource method of the API, with its rule ("NONE" where it has none: refused to everyone). */
    public static List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Class<?> c : ExchangeApi.RESOURCES) {
            String base = c.getAnnotation(Path.class).value();
            for (Method m : c.getMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    continue;
                }
                Path p = m.getAnnotation(Path.class);
                String path = "/" + trim(base) + (p == null ? "" : "/" + trim(p.value()));
                out.add(new Endpoint(http, path, EndpointRules.of(c, m).map(AccessRule::toString).orElse("NONE")));
            }
        }
        out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return out;
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return HttpMethod.GET;
        }
        if (m.isAnnotationPresent(POST.class)) {
            return HttpMethod.POST;
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return HttpMethod.PUT;
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return HttpMethod.DELETE;
        }
        return null;
    }

    private static String trim(String s) {
        return s.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
