package cn.exchange.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: the application is deployed and its JVM answers (served by Payara at {@code /health/live}). */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        return HealthCheckResponse.named("exchange").up()
                .withData("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
                .build();
    }
}
