package cn.exchange.core.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON form a hash is computed over: an object with its keys sorted, no white space, UTF-8, non-ASCII
 * characters written as they are. It is byte-for-byte what Python's
 * {@code json.dumps(obj, ensure_ascii=False, separators=(',', ':'), sort_keys=True)} writes for the same object of
 * strings, whole numbers and nulls — so anyone can re-check the chain in a dozen lines of Python (see the README).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Values may be {@code String}, {@code Long}, {@code Integer} or {@code null}. */
    public static String write(Map<String, ?> object) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : new TreeMap<>(object).entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            value(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Long || v instanceof Integer) {
            sb.append(v);
        } else if (v instanceof String s) {
            string(sb, s);
        } else {
            throw new IllegalArgumentException("canonical JSON holds strings, whole numbers and nulls only, not " + v.getClass());
        }
    }

    /** Escapes exactly as Python's json module does with ensure_ascii=False. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
