package cn.exchange.ejb.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.eclipse.persistence.jpa.PersistenceProvider;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The application's persistence unit, outside the container: the entity list and properties come from the real
 * META-INF/persistence.xml; only the transaction type (resource-local) and the datasource (embedded PostgreSQL) differ.
 */
public final class TestPersistenceUnit {

    private static EntityManagerFactory shared;

    private TestPersistenceUnit() {
    }

    /** One unit on {@link TestSchema} for tests that need no unit of their own: created on first use, closed when the JVM ends. */
    public static synchronized EntityManagerFactory shared() {
        if (shared == null) {
            shared = create(TestSchema.dataSource());
            EntityManagerFactory emf = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(emf::close));
        }
        return shared;
    }

    /** {@code work} in one resource-local transaction of the {@link #shared()} unit, committed. */
    public static void inTransaction(java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
        var em = shared().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    public static EntityManagerFactory create(DataSource dataSource) {
        List<String> classes = new ArrayList<>();
        Properties props = new Properties();
        try (InputStream in = TestPersistenceUnit.class.getResourceAsStream("/META-INF/persistence.xml")) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            var nodes = doc.getElementsByTagName("class");
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(nodes.item(i).getTextContent().trim());
            }
            var ps = doc.getElementsByTagName("property");
            for (int i = 0; i < ps.getLength(); i++) {
                var e = (org.w3c.dom.Element) ps.item(i);
                props.setProperty(e.getAttribute("name"), e.getAttribute("value"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read persistence.xml", e);
        }
        PersistenceUnitInfo info = new PersistenceUnitInfo() {
            public String getPersistenceUnitName() { return "exchange-test"; }
            public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
            public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
            public DataSource getJtaDataSource() { return null; }
            public DataSource getNonJtaDataSource() { return dataSource; }
            public List<String> getMappingFileNames() { return List.of(); }
            public List<URL> getJarFileUrls() { return List.of(); }
            public URL getPersistenceUnitRootUrl() { return root(); }
            public List<String> getManagedClassNames() { return classes; }
            public boolean excludeUnlistedClasses() { return true; }
            public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
            public ValidationMode getValidationMode() { return ValidationMode.NONE; }
            public Properties getProperties() { return props; }
            public String getPersistenceXMLSchemaVersion() { return "3.0"; }
            public ClassLoader getClassLoader() { return TestPersistenceUnit.class.getClassLoader(); }
            public void addTransformer(ClassTransformer transformer) { }
            public ClassLoader getNewTempClassLoader() { return TestPersistenceUnit.class.getClassLoader(); }
        };
        return new PersistenceProvider().createContainerEntityManagerFactory(info,
                Map.of("eclipselink.weaving", "false", "eclipselink.logging.level", "WARNING"));
    }

    /**
     * Where persistence.xml is, as the container sees it: the mapping file next to it (META-INF/orm.xml, with the default
     * entity listener and the named queries of Application, Deal and Lot) is read from there by default.
     */
    private static URL root() {
        String xml = TestPersistenceUnit.class.getResource("/META-INF/persistence.xml").toString();
        try {
            return new URL(xml.substring(0, xml.length() - "META-INF/persistence.xml".length()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity classes the unit lists. */
    public static List<String> entityClassNames() {
        List<String> classes = new ArrayList<>();
        try (InputStream in = TestPersistenceUnit.class.getResourceAsStream("/META-INF/persistence.xml")) {
            var nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("class");
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(nodes.item(i).getTextContent().trim());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
