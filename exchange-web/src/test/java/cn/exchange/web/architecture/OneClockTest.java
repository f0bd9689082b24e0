package cn.exchange.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One clock (rule 1, README "Time"): every business time comes from the injected {@link java.time.Clock} that
 * {@code ClockProducer} makes from configuration, so that the exchange runs on any date and a training environment can
 * start its clock anywhere. Checked over the compiled classes of core, ejb and web (ArchUnit), over the SQL the Java
 * sources send, and over every module's tests (no test reads the day it runs on).
 */
class OneClockTest {

    /** The only classes that may read the machine's clock: they make the exchange's clock from it. */
    static final Set<String> CLOCK_MAKERS = Set.of("cn.exchange.ejb.platform.ClockProducer", "cn.exchange.core.calendar.TrainingClock");

    static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth",
            "java.time.MonthDay", "java.time.OffsetTime");

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.core", "cn.exchange.ejb", "cn.exchange.web");

    /** A call that reads the machine's clock: {@code X.now()} or {@code X.now(ZoneId)}, the system clocks, the millis. */
    static final DescribedPredicate<JavaCall<?>> READS_THE_MACHINES_CLOCK = new DescribedPredicate<>("read the machine's clock") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            List<String> params = call.getTarget().getRawParameterTypes().stream().map(t -> t.getFullName()).toList();
            boolean now = TIME_TYPES.contains(owner) && name.equals("now") && (params.isEmpty() || params.equals(List.of("java.time.ZoneId")));
            boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
            boolean millis = owner.equals("java.lang.System") && (name.equals("currentTimeMillis"));
            return now || systemClock || millis;
        }
    };

    @Test
    void noBusinessCodeReadsTheMachinesClockOnItsOwn() {
        assertThat(MAIN.size()).as("classes imported").isGreaterThan(300);
        noClasses().that(new DescribedPredicate<>("are not the clock's makers") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                        return !CLOCK_MAKERS.contains(c.getName());
                    }
                })
                .should().callMethodWhere(READS_THE_MACHINES_CLOCK)
                .because("every business time comes from the injected Clock (ClockProducer), so the exchange works on any date")
                .check(MAIN);
    }

    /** SQL sent from Java never asks the database for the time: the application passes the exchange's. */
    @Test
    void noSqlAsksTheDatabaseForTheTime() {
        Pattern sqlTime = Pattern.compile("\"[^\"\\n]*\\b(now\\(\\)|current_date|current_timestamp|localtimestamp|clock_timestamp\\(\\)"
                + "|statement_timestamp\\(\\)|transaction_timestamp\\(\\))[^\"\\n]*\"", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        for (String module : List.of("exchange-core", "exchange-ejb", "exchange-web")) {
            scan(Path.of("..", module, "src", "main", "java"), sqlTime, found);
        }
        assertThat(found).as("SQL reading the database's clock").isEmpty();
    }

    /** No test dates what it creates by the day it runs on: tests ask the exchange for its time, or fix one. */
    @Test
    void noTestReadsTheDayItRunsOn() {
        // X.now() or X.now(a zone) read the machine's clock; X.now(clock) with a fixed or the exchange's clock is fine
        Pattern today = Pattern.compile("\\b(LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|YearMonth|Year)\\.now\\(\\s*(\\)|(java\\.time\\.)?Zone)");
        List<String> found = new ArrayList<>();
        for (String module : List.of("exchange-core", "exchange-ejb", "exchange-web", "exchange-it", "launcher")) {
            scan(Path.of("..", module, "src", "test", "java"), today, found);
        }
        assertThat(found).as("tests reading today's date").isEmpty();
    }

    private static void scan(Path root, Pattern p, List<String> found) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                        continue;
                    }
                    Matcher m = p.matcher(line);
                    if (m.find() && !f.getFileName().toString().equals("OneClockTest.java")) {
                        found.add(root.relativize(f) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
