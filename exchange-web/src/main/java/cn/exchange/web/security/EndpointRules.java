package cn.exchange.web.security;

import java.lang.reflect.Method;
import java.util.Optional;

/** Reads the access rule of a REST resource method from its annotations (method first, then class). */
public final class EndpointRules {

    private EndpointRules() {
    }

    public static Optional<AccessRule> of(Class<?> resource, Method method) {
        Optional<AccessRule> m = fromAnnotations(method.getAnnotation(Allowed.class), method.isAnnotationPresent(Public.class),
                method.isAnnotationPresent(SignedIn.class));
        if (m.isPresent()) {
            return m;
        }
        return fromAnnotations(resource.getAnnotation(Allowed.class), resource.isAnnotationPresent(Public.class),
                resource.isAnnotationPresent(SignedIn.class));
    }

    private static Optional<AccessRule> fromAnnotations(Allowed allowed, boolean isPublic, boolean signedIn) {
        if (allowed != null) {
            return Optional.of(AccessRule.permission(allowed.value()));
        }
        if (isPublic) {
            return Optional.of(AccessRule.PUBLIC);
        }
        if (signedIn) {
            return Optional.of(AccessRule.SIGNED_IN);
        }
        return Optional.empty();
    }
}
