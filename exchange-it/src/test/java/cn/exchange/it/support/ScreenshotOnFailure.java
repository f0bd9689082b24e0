package cn.exchange.it.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Field;

/**
 * Keeps a screenshot of every open {@link Browser} field of a failed test under target/screenshots, named after the
 * test, so the page the test saw can be looked at. Runs right after the test method, before {@code @AfterEach}
 * closes the browsers.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Object test = context.getTestInstance().orElse(null);
        if (test == null) {
            return;
        }
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == Browser.class) {
                    try {
                        f.setAccessible(true);
                        Browser b = (Browser) f.get(test);
                        if (b != null) {
                            System.err.println("Screenshot of the failed page: " + b.screenshot(
                                    "FAILED-" + c.getSimpleName() + "-" + context.getDisplayName() + "-" + f.getName()));
                        }
                    } catch (Exception e) {
                        System.err.println("No screenshot: " + e);
                    }
                }
            }
        }
    }
}
