package cn.exchange.web.security;

import cn.exchange.web.app.ExchangeApi;
import cn.exchange.web.app.SecurityMatrixResource;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing can be added to the exchange without an access rule: every page, every resource, every endpoint. */
class AccessRulesTest {

    static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");
    static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

    @Test
    void everyPageHasARule() throws IOException {
        List<String> pages;
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .toList();
        }
        assertThat(pages).isNotEmpty();
        assertThat(PageAccess.all().keySet()).containsAll(pages);
        assertThat(pages).containsAll(PageAccess.all().keySet());
    }

    @Test
    void everyResourceClassIsListedAndEveryEndpointHasARule() throws Exception {
        List<Class<?>> found;
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            found = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(AccessRulesTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
        }
        assertThat(found).isNotEmpty();
        assertThat(ExchangeApi.RESOURCES).containsExactlyInAnyOrderElementsOf(found);
        assertThat(SecurityMatrixResource.endpoints()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.rule()).as(e.method() + " " + e.path()).isNotEqualTo("NONE"));
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AccessRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
