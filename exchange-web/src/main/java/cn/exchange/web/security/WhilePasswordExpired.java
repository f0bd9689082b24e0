package cn.exchange.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the REST resource an account with a one-time password (an administrator's reset) may still call: its own
 * account, to read it and to change the password. Every other endpoint answers 403 {@code account.passwordExpired}
 * until the password is changed ({@link ApiAccessFilter}).
 */
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WhilePasswordExpired {
}
