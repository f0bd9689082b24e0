package cn.exchange.core.shared;

/**
 * Where a filled-in value meets a document's own text: a value that ends a clause ("……轿车一辆。") put before the
 * template's own punctuation ("标的情况：${lotDescription}。") would print it twice ("。。"). Documents are legal texts
 * (docs/rules.md §1.6: uniform printed form), so the value gives way to the template's punctuation.
 */
public final class Punctuation {

    /** Punctuation that closes a clause or a sentence, full- and half-width. */
    public static final String CLOSING = "。，、；：！？.,;:!?";

    private Punctuation() {
    }

    public static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /** {@code value} without the closing punctuation (and blanks) it ends with: "某担保公司连带责任保证。" → "某担保公司连带责任保证". */
    public static String withoutClosing(String value) {
        int end = value.length();
        while (end > 0 && (isClosing(value.charAt(end - 1)) || Character.isWhitespace(value.charAt(end - 1)))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** {@code value} as it reads before {@code next}, the template's next character: without its own closing punctuation when the template has one. */
    public static String before(String value, char next) {
        return isClosing(next) ? withoutClosing(value) : value;
    }
}
