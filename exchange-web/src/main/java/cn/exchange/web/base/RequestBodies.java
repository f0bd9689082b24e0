package cn.exchange.web.base;

import cn.exchange.core.shared.ColumnLimits;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.core.shared.TextRules;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every JSON request body, on its way in:
 * <ol>
 *   <li>a body JSON-B cannot read is refused 400 with the field named and what it should hold, in the caller's
 *       language ({@code request.badValue}, {@code request.badEnum}, {@code request.notJson}, {@code request.wrongShape})
 *       — never the parser's own words ("Incorrect position for processing type…", "No enum constant…");</li>
 *   <li>every text in it, however deep, passes the input rule ({@link TextRules}): no control characters except line
 *       breaks and tabs, no lone surrogates — named by its path ({@code rows[2].title}); a field marked {@link Fills}
 *       also gets its column's length. The entity listener ({@code TextGuard}) checks the rest against its column.</li>
 * </ol>
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)' because of: ");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.]*)$");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!json) {
            return context.proceed();
        }
        Object body;
        try {
            body = context.proceed();
        } catch (RuntimeException e) {
            if (isJsonFailure(e)) {
                throw describe(e, context.getGenericType());
            }
            throw e;
        }
        List<FieldProblem> problems = textProblems(body);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return body;
    }

    static boolean isJsonFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    /** What was wrong with a body JSON-B could not read, said for a person: the field and what it should hold. */
    static DomainException describe(Throwable failure, Type target) {
        String outer = null;
        Throwable innermost = failure;
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof JsonParsingException) {
                return new DomainException(null, "request.notJson");
            }
            if (outer == null && c instanceof JsonbException && c.getMessage() != null) {
                outer = c.getMessage();
            }
            innermost = c;
        }
        List<String> path = new ArrayList<>();
        if (outer != null) {
            Matcher m = PROPERTY.matcher(outer);
            while (m.find()) {
                path.add(m.group(1));
            }
        }
        String all = messages(failure);
        Matcher e = ENUM.matcher(innermost.getMessage() == null ? "" : innermost.getMessage().trim());
        if (e.find()) {
            Optional<Class<?>> enumType = enumClass(e.group(1), target);
            if (enumType.isPresent()) {
                String field = path.isEmpty() ? findField(target, enumType.get(), "", 0) : String.join(".", path);
                return new DomainException(field, "request.badEnum", field == null ? "?" : field, values(enumType.get()));
            }
        }
        if (path.isEmpty()) {
            return new DomainException(null, "request.wrongShape");
        }
        String field = String.join(".", path);
        return new DomainException(field, "request.badValue", field, expected(all));
    }

    /** The message code of what the field should have held, from JSON-B's words about the type it tried. */
    static String expected(String messages) {
        Matcher t = Pattern.compile("(?:into type|processing type|Error parsing class):? (?:class |interface )?([\\w.$\\[\\]]+)").matcher(messages);
        String type = t.find() ? t.group(1).replaceAll("\\.+$", "") : "";
        return switch (type) {
            case "int", "long", "short", "byte", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.math.BigInteger" ->
                    "request.expected.integer";
            case "double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal" -> "request.expected.number";
            case "boolean", "java.lang.Boolean" -> "request.expected.boolean";
            case "java.lang.String", "char", "java.lang.Character" -> "request.expected.text";
            case "java.time.LocalDate" -> "request.expected.date";
            case "java.time.OffsetDateTime", "java.time.LocalDateTime", "java.time.ZonedDateTime", "java.time.Instant", "java.time.LocalTime" ->
                    "request.expected.dateTime";
            case "java.util.List", "java.util.Collection", "java.util.Set" -> "request.expected.list";
            default -> type.startsWith("cn.exchange") ? "request.expected.object" : type.endsWith("[]") ? "request.expected.list"
                    : "request.expected.other";
        };
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /** For an enum's "No enum constant a.b.Kind.X": the names the enum accepts, e.g. "A, B". */
    static Optional<String> enumValues(String message, Type target) {
        Matcher e = ENUM.matcher(message == null ? "" : message.trim());
        return e.find() ? enumClass(e.group(1), target).map(RequestBodies::values) : Optional.empty();
    }

    private static String values(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(v -> ((Enum<?>) v).name()).collect(Collectors.joining(", "));
    }

    private static Optional<Class<?>> enumClass(String canonicalName, Type target) {
        ClassLoader loader = target instanceof Class<?> c && c.getClassLoader() != null ? c.getClassLoader()
                : Thread.currentThread().getContextClassLoader();
        String name = canonicalName;
        while (true) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                return c.isEnum() ? Optional.of(c) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError ex) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1); // a nested enum: Outer.Inner → Outer$Inner
            }
        }
    }

    /** The first field of the body's type (records, lists of records) whose type is the enum. */
    private static String findField(Type type, Class<?> enumType, String prefix, int depth) {
        Class<?> raw = raw(type);
        if (raw == null || depth > 5) {
            return null;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return findField(p.getActualTypeArguments()[0], enumType, prefix, depth + 1);
        }
        if (!raw.isRecord()) {
            return null;
        }
        for (RecordComponent rc : raw.getRecordComponents()) {
            if (raw(rc.getGenericType()) == enumType) {
                return prefix + rc.getName();
            }
            String inner = findField(rc.getGenericType(), enumType, prefix + rc.getName() + ".", depth + 1);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Class<?> raw(Type t) {
        return t instanceof Class<?> c ? c : t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** Every text of the body that the input rule refuses, named by its path in the body. */
    public static List<FieldProblem> textProblems(Object body) {
        List<FieldProblem> out = new ArrayList<>();
        walk(body, null, null, out, 0);
        return out;
    }

    private static void walk(Object o, String path, Fills fills, List<FieldProblem> out, int depth) {
        if (o == null || depth > 8) {
            return;
        }
        if (o instanceof String s) {
            String field = path == null ? "body" : path;
            if (fills != null) {
                int max = ColumnLimits.of(fills.entity(), fills.field());
                TextRules.check(field, s, max, true).ifPresent(out::add);
            } else {
                TextRules.checkCharacters(field, s, true).ifPresent(out::add);
            }
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, (path == null ? "" : path) + "[" + i++ + "]", fills, out, depth + 1);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                walk(e.getKey(), (path == null ? "" : path + ".") + key, null, out, depth + 1);
                walk(e.getValue(), (path == null ? "" : path + ".") + key, fills, out, depth + 1);
            }
        } else if (o instanceof Object[] a) {
            walk(Arrays.asList(a), path, fills, out, depth);
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                Object v;
                try {
                    rc.getAccessor().setAccessible(true);
                    v = rc.getAccessor().invoke(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                walk(v, (path == null ? "" : path + ".") + rc.getName(), rc.getAnnotation(Fills.class), out, depth + 1);
            }
        }
    }
}
