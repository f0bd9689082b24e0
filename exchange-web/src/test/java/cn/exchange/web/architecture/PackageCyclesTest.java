package cn.exchange.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package cycles (README, "Modules, and how data and calls flow"), checked with ArchUnit over the main classes.
 * <ul>
 *   <li>Core: the lot's path to sale is listing's ({@code SalePath}), so qualification depends on listing and never
 *       the reverse (before: listing ↔ qualification).</li>
 *   <li>Web: {@code app} at the top (the REST root that names every resource, the security matrix, the system
 *       endpoint) depends on the features; the features (auction, listing, …) depend on {@code shell},
 *       {@code security}, {@code api} (request helpers) and {@code base} (problems, languages) at the bottom, never
 *       back up (before: every feature closed a cycle through the REST root, 44 in all).</li>
 *   <li>Ejb: who is calling ({@code identity}: the caller, its resolver, the request's origin, the account cache) is at
 *       the bottom, under {@code command}, {@code audit}, {@code party} and {@code platform} (before: audit ↔ command ↔
 *       platform ↔ party); listing counts its own applicants (before: listing ↔ qualification); the auction announces
 *       {@code LotSold}, which settlement observes to open the deal (before: auction → settlement → documents →
 *       auction).</li>
 * </ul>
 */
class PackageCyclesTest {

    static final JavaClasses WEB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.web");

    @Test
    void theWebPackagesFormNoCycle() {
        assertThat(WEB.stream().map(c -> c.getPackageName()).distinct().count()).as("web packages").isGreaterThanOrEqualTo(13);
        slices().matching("cn.exchange.web.(*)..").should().beFreeOfCycles().check(WEB);
    }

    static final JavaClasses EJB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.ejb");

    @Test
    void theEjbPackagesFormNoCycle() {
        assertThat(EJB.stream().map(c -> c.getPackageName()).distinct().count()).as("ejb packages").isGreaterThanOrEqualTo(12);
        slices().matching("cn.exchange.ejb.(*)..").should().beFreeOfCycles().check(EJB);
    }

    static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.exchange.core");

    @Test
    void theCorePackagesFormNoCycle() {
        assertThat(CORE.stream().map(c -> c.getPackageName()).distinct().count()).as("core packages").isGreaterThanOrEqualTo(8);
        slices().matching("cn.exchange.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
