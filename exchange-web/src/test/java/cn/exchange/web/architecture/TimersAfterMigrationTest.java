package cn.exchange.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Startup;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timer must not run before the schema exists. On a new installation Flyway builds the schema while the application
 * deploys; a {@code @Schedule} on a bean that does not wait for {@code DatabaseMigrator} fires meanwhile and its query
 * fails with 'relation "deal" does not exist' (found by CalendarYearIT's log check on a fresh home). Every class with
 * a timer, and every startup bean, depends on the migrator.
 */
class TimersAfterMigrationTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.ejb", "cn.exchange.web");

    @Test
    void everyTimerAndStartupBeanWaitsForTheSchema() {
        List<JavaClass> timed = MAIN.stream()
                .filter(c -> c.isAnnotatedWith(Startup.class) || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Schedule.class)))
                .filter(c -> !c.getSimpleName().equals("DatabaseMigrator"))
                .toList();
        assertThat(timed).as("beans with timers or started at deployment").hasSizeGreaterThanOrEqualTo(5);
        for (JavaClass c : timed) {
            assertThat(waitsForTheMigrator(c, 0)).as(c.getName() + " has @DependsOn(\"DatabaseMigrator\"), directly or through a bean that has").isTrue();
        }
    }

    private static boolean waitsForTheMigrator(JavaClass c, int depth) {
        if (depth > 5 || !c.isAnnotatedWith(DependsOn.class)) {
            return false;
        }
        List<String> names = Arrays.asList(c.getAnnotationOfType(DependsOn.class).value());
        if (names.contains("DatabaseMigrator")) {
            return true;
        }
        return MAIN.stream().filter(o -> names.contains(o.getSimpleName())).anyMatch(o -> waitsForTheMigrator(o, depth + 1));
    }
}
