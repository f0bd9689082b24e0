package cn.exchange.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web module's packages form no cycle (issue 24, item 2): {@code app} at the top (the REST root that names every
 * resource, the security matrix, the system endpoint) depends on the features; the features (auction, listing, …)
 * depend on {@code shell}, {@code security}, {@code api} (request helpers) and {@code base} (problems, languages) at
 * the bottom, never on each other's way back up. Before this test every feature closed a cycle through the REST root
 * (44 of them).
 */
class WebPackageCyclesTest {

    static final JavaClasses WEB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.web");

    @Test
    void theWebPackagesFormNoCycle() {
        assertThat(WEB.stream().map(c -> c.getPackageName()).distinct().count()).as("web packages").isGreaterThanOrEqualTo(13);
        slices().matching("cn.exchange.web.(*)..").should().beFreeOfCycles().check(WEB);
    }
}
