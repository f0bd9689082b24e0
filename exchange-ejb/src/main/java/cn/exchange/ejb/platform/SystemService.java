package cn.exchange.ejb.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Answers what the running exchange is: its time, version, schema and instance. */
@Stateless
public class SystemService {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    @Inject
    Clock clock;

    @EJB
    DatabaseMigrator migrator;

    @EJB
    InstanceRegistry instances;

    @Inject
    ClockProducer clocks;

    public SystemInfo info() {
        long now = clock.millis();
        String time = ISO_MILLIS.format(OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), clock.getZone()));
        String version = SystemService.class.getPackage().getImplementationVersion();
        var configured = clocks.configured();
        return new SystemInfo(time, now, version == null ? "dev" : version, migrator.schemaVersion(),
                instances.instanceId(), instances.installedAt(), configured.training() ? "training" : "production",
                configured.start() == null ? null : configured.start().toString());
    }
}
