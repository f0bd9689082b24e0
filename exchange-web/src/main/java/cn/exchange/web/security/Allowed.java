package cn.exchange.web.security;

import cn.exchange.core.security.Permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST endpoint needs (on the method, or on the class for all its methods). Every endpoint carries
 * this, {@link Public} or {@link SignedIn}; one that carries none is refused to everyone by {@link ApiAccessFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    Permission value();
}
