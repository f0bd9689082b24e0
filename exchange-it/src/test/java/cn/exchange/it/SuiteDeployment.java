package cn.exchange.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;

/**
 * The one deployment every test class in this module shares: the real exchange.war as the build produced it, plus the
 * in-container test classes (package {@code cn.exchange.it.container}) and AssertJ. Deployed as ROOT.war, at "/", as
 * in production. Client-side tests (REST, browser) live in other packages and are not deployed.
 */
@ArquillianSuiteDeployment
public class SuiteDeployment {

    @Deployment(testable = true)
    public static WebArchive exchange() {
        // the WAR this very build produced (not a copy from the local repository)
        File war = new File("../exchange-web/target/exchange.war");
        File[] testLibs = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core:?").withTransitivity().asFile();
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addPackages(true, "cn.exchange.it.container")
                .addAsLibraries(testLibs);
    }
}
