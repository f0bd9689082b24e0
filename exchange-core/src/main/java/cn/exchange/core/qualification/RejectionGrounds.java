package cn.exchange.core.qualification;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.DomainMessages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rule 13: what a rejection may rest on. A lot's published buyer conditions are the non-blank lines of its conditions
 * text, numbered 1, 2, … in their order (a leading "1.", "1、", "（1）", "一、" or "第一条" of the agency's own is
 * dropped); a rejection cites one or more of them as {@code C1}, {@code C2}, … Besides those, a rejection may rest on
 * a rule of the exchange that disqualifies by itself: {@link #DEPOSIT} (rule 16 — the deposit did not reach the bidder's
 * virtual account by the deadline, or came from another payer than the bidder). Nothing else can be cited; the staff's
 * own words go beside the citation, never instead of it.
 */
public final class RejectionGrounds {

    /** Rule 16: the deposit was not received by the deadline (or not from the bidder). */
    public static final String DEPOSIT = "R16";

    private static final Pattern CONDITION = Pattern.compile("C([1-9][0-9]{0,2})");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(第[一二三四五六七八九十百0-9０-９]+[条项点][、.．:：]?|[（(][一二三四五六七八九十0-9０-９]+[)）][、.．]?"
                    + "|[一二三四五六七八九十0-9０-９]+(?![0-9０-９])[、.．)）](?![0-9０-９]))\\s*");

    /** One ground a rejection may cite: its code, the condition's number (null for a rule) and its text. */
    public record Ground(String code, Integer number, String text) {
    }

    private RejectionGrounds() {
    }

    /** The lot's published buyer conditions as a list, in their order; empty when it has none. */
    public static List<String> conditions(String buyerConditions) {
        if (buyerConditions == null || buyerConditions.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : buyerConditions.split("\\R")) {
            String c = ENUMERATION.matcher(line.strip()).replaceFirst("").strip();
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Everything a rejection on this lot may cite: its conditions ({@code C1}…), then rule 16's deposit. */
    public static List<Ground> citable(String buyerConditions, Locale locale) {
        List<Ground> out = new ArrayList<>();
        List<String> conditions = conditions(buyerConditions);
        for (int i = 0; i < conditions.size(); i++) {
            out.add(new Ground("C" + (i + 1), i + 1, conditions.get(i)));
        }
        out.add(new Ground(DEPOSIT, null, DomainMessages.format(locale, "rejection.ground." + DEPOSIT)));
        return out;
    }

    /** The cited grounds as stored ({@code "C1,C3,R16"}) made readable against the lot's conditions. */
    public static List<Ground> cited(String stored, String buyerConditions, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Ground> all = citable(buyerConditions, locale);
        return Arrays.stream(stored.split(",")).map(code -> all.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElse(new Ground(code, null, code))).toList();
    }

    /**
     * Checks a rejection's citations against the lot's published conditions and returns them as stored (distinct,
     * conditions in order, then the rule): at least one, each a condition of this lot or {@link #DEPOSIT}.
     */
    public static String check(List<String> cited, String buyerConditions) {
        if (cited == null || cited.stream().allMatch(c -> c == null || c.isBlank())) {
            throw new DomainException("grounds", "application.rejectionNeedsCondition");
        }
        int count = conditions(buyerConditions).size();
        TreeSet<Integer> numbers = new TreeSet<>();
        boolean deposit = false;
        for (String raw : cited) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String c = raw.strip().toUpperCase(Locale.ROOT);
            var m = CONDITION.matcher(c);
            if (DEPOSIT.equals(c)) {
                deposit = true;
            } else if (m.matches() && Integer.parseInt(m.group(1)) <= count) {
                numbers.add(Integer.parseInt(m.group(1)));
            } else {
                String shown = raw.strip();
                throw new DomainException("grounds", "application.groundNotPublished", shown.length() > 20 ? shown.substring(0, 20) + "…" : shown);
            }
        }
        List<String> out = new ArrayList<>(numbers.stream().map(n -> "C" + n).toList());
        if (deposit) {
            out.add(DEPOSIT);
        }
        return String.join(",", out);
    }
}
