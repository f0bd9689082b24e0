package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CapitalAmount;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.core.shared.DomainMessages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text of a public notice: a legal text, not a log line. Each {@link NoticeKind} has a template (the
 * {@code notice.body.*} keys of {@code messages_zh.properties}, the text of record, and {@code messages_en.properties}),
 * filled with typed arguments:
 * <ul>
 *   <li>{@link BigDecimal}: an amount — in Chinese in figures and in capitals (大写, rule 36): "2,000,000.00 元（人民币贰佰万元整）";
 *       in English "CNY 2,000,000.00";</li>
 *   <li>{@link OffsetDateTime}: a time in Beijing time, to the minute ("2026年3月5日 17:00"); {@link LocalDate}: a date;</li>
 *   <li>{@link Term}: a word of the templates' own vocabulary (a bidding method, a failure reason), translated;</li>
 *   <li>{@link String}: staff's own words (an amendment, a reason) or a bidder code, quoted as written;</li>
 *   <li>a number: as it is.</li>
 * </ul>
 * A notice never states how many applied or qualified before the result (the secrecy of the competition): no template
 * has such an argument.
 */
public final class NoticeText {

    static final String PREFIX = "notice.body.";
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A word of the templates' vocabulary, by its key in the domain messages (e.g. {@code notice.method.DUTCH}). */
    public record Term(String key) {
    }

    /** An amount that is not a price (a difference, which may be negative): in figures only. */
    public record Figures(BigDecimal amount) {
    }

    private final String template;
    private final Object[] args;

    private NoticeText(String template, Object[] args) {
        this.template = template;
        this.args = args.clone();
    }

    /** The template {@code notice.body.<template>} with its arguments. */
    public static NoticeText of(String template, Object... args) {
        return new NoticeText(template, args);
    }

    /**
     * A reason or text the notice publishes (a suspension's, termination's or annulment's reason, an amendment's text):
     * required, trimmed; refused with {@code common.required} on {@code field}.
     */
    static String published(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new cn.exchange.core.shared.DomainException(field, "common.required");
        }
        return text.trim();
    }

    /** The bidding method as the notices name it. */
    public static Term method(BiddingMethod m) {
        return new Term("notice.method." + m.name());
    }

    /** Why a session ended without a winner ({@code NO_BIDS}, {@code BELOW_RESERVE}; anything else: "other reasons"). */
    public static Term failure(String reason) {
        return new Term(reason != null && DomainMessages.has("notice.failure." + reason) ? "notice.failure." + reason : "notice.failure.other");
    }

    /** The template's key, without the prefix (e.g. {@code ANNOUNCEMENT}, {@code AUCTION_RESULT.failed}). */
    public String template() {
        return template;
    }

    /** The text in Chinese (any locale but English) or English. */
    public String render(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        Object[] shown = Arrays.stream(args).map(a -> format(a, en)).toArray();
        // at least one argument, so that the pattern always goes through MessageFormat (quotes, braces)
        return DomainMessages.format(en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, PREFIX + template,
                shown.length == 0 ? new Object[] {""} : shown);
    }

    public String zh() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }

    public String en() {
        return render(Locale.ENGLISH);
    }

    private static String format(Object a, boolean en) {
        if (a == null) {
            return "—";
        }
        if (a instanceof BigDecimal amount) {
            return en ? "CNY " + CnyFormat.figures(amount) : CnyFormat.figures(amount) + " 元（" + CapitalAmount.of(amount) + "）";
        }
        if (a instanceof Figures f) {
            return f.amount() == null ? "—" : en ? "CNY " + CnyFormat.figures(f.amount()) : CnyFormat.figures(f.amount()) + " 元";
        }
        if (a instanceof OffsetDateTime t) {
            return (en ? EN_TIME : ZH_TIME).format(t.atZoneSameInstant(ExchangeTime.ZONE));
        }
        if (a instanceof LocalDate d) {
            return (en ? EN_DATE : ZH_DATE).format(d);
        }
        if (a instanceof Term t) {
            return DomainMessages.format(en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, t.key());
        }
        return a.toString();
    }

    @Override
    public String toString() {
        return zh();
    }
}
