package cn.exchange.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many characters each text column holds — read from the entity's own {@code @Column(length = …)}, so there is one
 * place per limit: the entity field, which mirrors the Flyway migration ({@code ColumnLimitsMatchMigrationsTest}
 * checks that the two agree). Use it wherever a text is checked before it reaches the database:
 * <pre>
 *   ColumnLimits.of(Notice.class, "body")          // 4000
 *   ColumnLimits.problems(lot)                     // every text field of an entity, by {@link TextRules}
 * </pre>
 * The persistence unit's entity listener ({@code cn.exchange.ejb.platform.TextGuard}) applies {@link #problems} to
 * every entity before it is inserted or updated, so no text the rule refuses reaches PostgreSQL.
 */
public final class ColumnLimits {

    /** One text column of an entity: the Java field and its length. */
    record TextColumn(Field field, String path, int length) {
    }

    private static final Map<Class<?>, List<TextColumn>> COLUMNS = new ConcurrentHashMap<>();

    private ColumnLimits() {
    }

    /** The length of the text column behind {@code entity.field} (for embedded fields: {@code "outcome.path"}). */
    public static int of(Class<?> entity, String field) {
        return columns(entity).stream().filter(c -> c.path().equals(field)).findFirst().map(TextColumn::length)
                .orElseThrow(() -> new IllegalArgumentException(entity.getSimpleName() + "." + field + " is not a text column"));
    }

    /** Every text column of an entity class, field path → length (embedded ones as {@code outcome.path}). */
    public static Map<String, Integer> all(Class<?> entity) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        columns(entity).forEach(c -> out.put(c.path(), c.length()));
        return out;
    }

    /** What {@link TextRules} refuses in the entity's text fields, each named by its field (empty: all fine). */
    public static List<FieldProblem> problems(Object entity) {
        List<FieldProblem> out = new ArrayList<>();
        for (TextColumn c : columns(entity.getClass())) {
            String value = read(entity, c.path());
            TextRules.check(c.path().substring(c.path().lastIndexOf('.') + 1), value, c.length(), TextRules.multiLine(c.length()))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static List<TextColumn> columns(Class<?> entity) {
        return COLUMNS.computeIfAbsent(entity, k -> {
            List<TextColumn> out = new ArrayList<>();
            collect(k, "", out);
            return List.copyOf(out);
        });
    }

    private static void collect(Class<?> type, String prefix, List<TextColumn> out) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Transient.class)
                        || f.getName().startsWith("_persistence_")) {
                    continue;
                }
                if (f.isAnnotationPresent(Embedded.class)) {
                    collect(f.getType(), prefix + f.getName() + ".", out);
                } else if (f.getType() == String.class) {
                    Column col = f.getAnnotation(Column.class);
                    // @Column's default length is JPA's 255, as EclipseLink would assume too
                    out.add(new TextColumn(f, prefix + f.getName(), col == null ? 255 : col.length()));
                }
            }
        }
    }

    private static String read(Object entity, String path) {
        Object o = entity;
        Class<?> type = entity.getClass();
        for (String part : path.split("\\.")) {
            if (o == null) {
                return null;
            }
            Field f = field(o.getClass(), part);
            try {
                f.setAccessible(true);
                o = f.get(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + path, e);
            }
        }
        return (String) o;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }
}
