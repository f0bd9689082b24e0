package cn.exchange.ejb.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.NamedQuery;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPQL of the unit's named queries (the entities' {@code @NamedQuery} and META-INF/orm.xml) compiles: every query
 * the unit knows is created, so a misspelt field or entity fails here and not at the first call; and every name the
 * services ask for is one the unit knows.
 */
class NamedQueriesTest {

    /** The named queries declared when the inline JPQL moved to the entities: 9 before, 53 more. */
    static final int AT_LEAST = 62;

    static final EntityManagerFactory emf = TestPersistenceUnit.shared();

    @Test
    void everyNamedQueryOfTheUnitCompiles() throws Exception {
        Set<String> known = new TreeSet<>(emf.unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getQueries().keySet());
        Set<String> declared = declared();
        assertThat(declared).hasSizeGreaterThanOrEqualTo(AT_LEAST);
        assertThat(known).containsAll(declared);
        List<String> broken = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            for (String name : known) {
                try {
                    em.createNamedQuery(name);
                } catch (RuntimeException e) {
                    broken.add(name + ": " + e.getMessage());
                }
            }
        } finally {
            em.close();
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyNameTheServicesAskForIsDeclared() throws Exception {
        Set<String> asked = new TreeSet<>();
        Pattern call = Pattern.compile("createNamedQuery\\(\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(declared()).containsAll(asked);
    }

    /** The names on the unit's entity classes and in its mapping file. */
    static Set<String> declared() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String c : TestPersistenceUnit.entityClassNames()) {
            for (NamedQuery q : Class.forName(c).getAnnotationsByType(NamedQuery.class)) {
                names.add(q.name());
            }
        }
        try (InputStream in = NamedQueriesTest.class.getResourceAsStream("/META-INF/orm.xml")) {
            if (in == null) {
                throw new IOException("META-INF/orm.xml is missing");
            }
            var nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("named-query");
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("name"));
            }
        }
        return names;
    }
}
