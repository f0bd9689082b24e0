package cn.exchange.web.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column a text field of a request body ends up in, when its name differs from the entity's: the request is then
 * checked against that column's length ({@link cn.exchange.core.shared.ColumnLimits}) and refused with the request's
 * own field name, e.g. {@code record Text(@Fills(entity = Notice.class, field = "body") String text)}. Fields without
 * it are still checked for control characters here, and against their own column by the entity listener.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Fills {

    Class<?> entity();

    String field();
}
