package cn.exchange.core.shared;

import java.util.List;

/**
 * One thing wrong with one input field, said in a way a clerk understands: the field's name as the form and the API
 * call it ({@code creditCode}, {@code rows[12].deposit}), a message code from the domain bundle and its arguments.
 *
 * @param field the field, or {@code null} when the problem concerns the whole request
 * @param code  the message key in {@code cn/exchange/core/messages_*.properties}
 * @param args  arguments for the message pattern
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    /** The same problem under another field name (e.g. {@code lots[3].deposit}). */
    public FieldProblem withField(String newField) {
        return new FieldProblem(newField, code, args);
    }

    /** The message in the given language. */
    public String message(java.util.Locale locale) {
        // an argument that is itself a message code (e.g. the refused action of common.notPermitted) is said in words
        Object[] words = args.stream().map(a -> a instanceof String s && s.indexOf('.') > 0 && DomainMessages.has(s)
                ? DomainMessages.format(locale, s) : a).toArray();
        return DomainMessages.format(locale, code, words);
    }
}
