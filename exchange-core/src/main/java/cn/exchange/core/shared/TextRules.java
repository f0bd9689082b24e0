package cn.exchange.core.shared;

import java.util.Optional;

/**
 * The one input rule for every free text the exchange accepts, wherever it comes from (REST body, page form, import):
 * <ul>
 *   <li><b>no control characters</b> (NUL, ESC, DEL, the C1 block…) — a multi-line field may hold line breaks
 *       (LF, CR) and tabs, a single-line field none of them;</li>
 *   <li><b>no characters that reorder text</b> (the bidirectional embeddings, overrides and isolates U+202A–U+202E,
 *       U+2066–U+2069, with which a name can be made to display as another) and no non-characters (U+FFFE, U+FFFF);</li>
 *   <li><b>no lone surrogates</b>: half of a character that cannot be stored as UTF-8;</li>
 *   <li><b>no more characters than the column holds</b>, counted as PostgreSQL counts them (code points, so an emoji
 *       is one character, not two).</li>
 * </ul>
 * Text is not normalised: what is accepted is stored exactly as sent. A refusal names the field and the position of
 * the offending character ({@code text.controlCharacter}, {@code text.brokenCharacter}, {@code common.tooLong}).
 * <p>
 * Where the column limits come from: {@link ColumnLimits}, which reads them from the entities' {@code @Column(length)}.
 * A column of {@link #PROSE} characters or more holds prose (descriptions, reasons, conditions) and is multi-line.
 */
public final class TextRules {

    /** Columns at least this long hold prose and may contain line breaks and tabs. */
    public static final int PROSE = 500;

    private TextRules() {
    }

    /** True for a column of {@code length} characters that holds prose (line breaks allowed). */
    public static boolean multiLine(int length) {
        return length >= PROSE;
    }

    /** Characters and length; {@code maxLength <= 0} means no length limit. Null is fine (required is another rule). */
    public static Optional<FieldProblem> check(String field, String value, int maxLength, boolean multiLine) {
        Optional<FieldProblem> chars = checkCharacters(field, value, multiLine);
        if (chars.isPresent() || value == null || maxLength <= 0) {
            return chars;
        }
        int length = value.codePointCount(0, value.length());
        return length > maxLength ? Optional.of(FieldProblem.of(field, "common.tooLong", maxLength)) : Optional.empty();
    }

    /** The characters only: the first one the rule refuses, if any. */
    public static Optional<FieldProblem> checkCharacters(String field, String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole supplementary character (an emoji, a rare CJK ideograph): fine
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(FieldProblem.of(field, "text.brokenCharacter", position));
            }
            if (refused(c, multiLine)) {
                return Optional.of(FieldProblem.of(field, "text.controlCharacter", position, name(c)));
            }
        }
        return Optional.empty();
    }

    static boolean refused(char c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiLine;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return true; // U+0000–U+001F, U+007F–U+009F
        }
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE' || c == '\uFFFF';
    }

    /** How the message shows the character: U+0000 and, for the common ones, a name. */
    static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\0' -> code + " NUL";
            case '\n' -> code + " LF";
            case '\r' -> code + " CR";
            case '\t' -> code + " TAB";
            case '\u001B' -> code + " ESC";
            case '\u007F' -> code + " DEL";
            default -> code;
        };
    }
}
