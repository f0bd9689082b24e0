package cn.exchange.earit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * exchange.ear, exactly as the build produced it, deployed on a full Payara Server 6: the trading hall's home page and
 * the readiness endpoint (which checks the database Flyway migrated) answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarOnPayaraServerIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        // the EAR this very build produced (not a copy from the local repository)
        File ear = new File("../ear/target/exchange.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @ArquillianResource
    URL base;

    @Test
    void homePageAndHealthAnswer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("挂牌项目");

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(root.resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"UP\"");

        HttpResponse<String> info = http.send(HttpRequest.newBuilder(root.resolve("/api/system/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("+08:00");
    }
}
