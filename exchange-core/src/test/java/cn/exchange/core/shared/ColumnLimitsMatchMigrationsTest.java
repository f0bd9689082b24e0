package cn.exchange.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text rule checks lengths against the entities' {@code @Column(length)} ({@link ColumnLimits}); this test keeps
 * those in step with the Flyway migrations, which are what PostgreSQL enforces: every text column of every entity of
 * the persistence unit must be a {@code varchar} of exactly that length.
 */
class ColumnLimitsMatchMigrationsTest {

    static final Path EJB = Path.of("..", "exchange-ejb", "src", "main", "resources");

    @Test
    void everyEntityTextColumnHasTheLengthOfItsMigration() throws Exception {
        Map<String, Integer> varchar = migrationVarchars();
        String persistence = Files.readString(EJB.resolve("META-INF/persistence.xml"));
        Matcher m = Pattern.compile("<class>([\\w.]+)</class>").matcher(persistence);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            Class<?> type = Class.forName(m.group(1));
            Table table = type.getAnnotation(Table.class);
            if (table == null) {
                continue; // an embeddable: its columns are checked with the entities that embed it
            }
            for (Map.Entry<String, Integer> e : ColumnLimits.all(type).entrySet()) {
                String column = table.name() + "." + columnName(type, e.getKey());
                Integer inMigration = varchar.get(column);
                checked++;
                if (!e.getValue().equals(inMigration)) {
                    mismatches.add(column + ": entity " + e.getValue() + ", migration " + (inMigration == null ? "not a varchar(n)" : inMigration));
                }
            }
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(mismatches).isEmpty();
    }

    private static String columnName(Class<?> type, String path) throws NoSuchFieldException {
        Class<?> owner = type;
        Field f = null;
        for (String part : path.split("\\.")) {
            f = field(owner, part);
            owner = f.getType();
        }
        Column c = f.getAnnotation(Column.class);
        return c != null && !c.name().isEmpty() ? c.name() : f.getName().toLowerCase();
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // superclass
            }
        }
        throw new NoSuchFieldException(type + "." + name);
    }

    /** table.column → n for every varchar(n) the migrations create or add. */
    static Map<String, Integer> migrationVarchars() throws Exception {
        Map<String, Integer> out = new HashMap<>();
        Pattern create = Pattern.compile("(?i)^\\s*create table (\\w+)");
        Pattern column = Pattern.compile("(?i)^\\s*(\\w+)\\s+(?:varchar|char)\\((\\d+)\\)");
        Pattern alter = Pattern.compile("(?i)alter table (\\w+) add column (\\w+) varchar\\((\\d+)\\)");
        Pattern alterType = Pattern.compile("(?i)alter table (\\w+) alter column (\\w+) type varchar\\((\\d+)\\)");
        try (Stream<Path> files = Files.list(EJB.resolve("db/migration"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String table = null;
                for (String line : Files.readAllLines(p)) {
                    Matcher c = create.matcher(line);
                    if (c.find()) {
                        table = c.group(1).toLowerCase();
                        continue;
                    }
                    Matcher a = alter.matcher(line);
                    Matcher t = alterType.matcher(line);
                    if (a.find()) {
                        out.put(a.group(1).toLowerCase() + "." + a.group(2).toLowerCase(), Integer.parseInt(a.group(3)));
                    } else if (t.find()) {
                        out.put(t.group(1).toLowerCase() + "." + t.group(2).toLowerCase(), Integer.parseInt(t.group(3)));
                    } else if (table != null) {
                        Matcher col = column.matcher(line);
                        if (col.find()) {
                            out.put(table + "." + col.group(1).toLowerCase(), Integer.parseInt(col.group(2)));
                        }
                    }
                    if (line.trim().startsWith(");")) {
                        table = null;
                    }
                }
            }
        }
        return out;
    }
}
