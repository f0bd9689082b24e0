package cn.exchange.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Uppercase amounts (大写金额) as the PBOC's "正确填写票据和结算凭证的基本规定" requires them on contracts and certificates
 * (docs/rules.md §7, rule 36). One canonical form is written; both permitted forms are read back.
 *
 * <p>The canonical form, rule by rule:
 * <ul>
 *   <li>characters 零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整 only; "人民币" directly before the amount; a leading ten is 壹拾;</li>
 *   <li>a run of zeros inside the amount is one 零 (¥6,007.14 → 陆仟零柒元壹角肆分) — except a run that only ends a
 *       万 or 亿 group while the next digit is not zero, where the rule allows "one 零 or none" and the form the rule
 *       lists first is written (¥107,000.53 → 壹拾万柒仟元零伍角叁分);</li>
 *   <li>元 digit 0 and 角 not 0: one 零 after 元 (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分); 角 = 0 and 分 ≠ 0: 零 after 元
 *       is required (¥325.04 → 叁佰贰拾伍元零肆分);</li>
 *   <li>整 after 元 when there are no 角 and 分; none after 角 (optional there); never after 分;</li>
 *   <li>the group above 亿 is read as 万亿 (¥1,000,000,000,000 → 壹万亿元整), where ICU4J's spellout goes wrong.</li>
 * </ul>
 * Amounts are CNY with scale 2 (HALF_UP to the fen first), from 0 to {@link Amounts#MAX}.
 */
public final class CapitalAmount {

    public static final String PREFIX = "人民币";
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};

    private CapitalAmount() {
    }

    /** "人民币壹拾万柒仟元零伍角叁分" for 107000.53. */
    public static String of(BigDecimal amount) {
        return PREFIX + words(amount);
    }

    /** The amount without the "人民币" prefix. */
    public static String words(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        if (a.signum() < 0 || a.compareTo(Amounts.MAX) > 0) {
            throw new IllegalArgumentException("amount out of range: " + a.toPlainString());
        }
        long fen = a.movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int f = (int) (fen % 10);
        StringBuilder b = new StringBuilder();
        if (yuan > 0) {
            integer(yuan, b);
            b.append('元');
        }
        if (jiao == 0 && f == 0) {
            return b.length() == 0 ? "零元整" : b.append('整').toString();
        }
        if (yuan > 0 && (jiao == 0 || yuan % 10 == 0)) {
            b.append('零');
        }
        if (jiao > 0) {
            b.append(DIGITS.charAt(jiao)).append('角');
        }
        if (f > 0) {
            b.append(DIGITS.charAt(f)).append('分');
        }
        return b.toString();
    }

    private static void integer(long yuan, StringBuilder b) {
        String s = Long.toString(yuan);
        int n = s.length();
        boolean started = false;
        for (int i = 0; i < n; i++) {
            int p = n - 1 - i; // position: 0 = 元, 4 = 万, 8 = 亿, 12 = 万亿
            int d = s.charAt(i) - '0';
            if (d != 0) {
                // a zero run before this digit is written as one 零, unless it only ended a group (one 零 or none)
                if (started && s.charAt(i - 1) == '0' && (p + 1) % 4 != 0) {
                    b.append('零');
                }
                b.append(DIGITS.charAt(d)).append(IN_GROUP[p % 4]);
                started = true;
            }
            if (p % 4 == 0 && p > 0 && groupHasDigit(s, i)) {
                b.append(p == 8 ? '亿' : '万');
            }
            if (p == 8 && !groupHasDigit(s, i) && yuan >= 1_000_000_000_000L) {
                b.append('亿'); // 壹万亿: the 亿 of 万亿 is written even when the 亿 group is empty
            }
        }
    }

    /** Whether the group of four digits that ends at index {@code end} (a group's unit digit) has a non-zero digit. */
    private static boolean groupHasDigit(String s, int end) {
        for (int i = Math.max(0, end - 3); i <= end; i++) {
            if (s.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads an uppercase amount in either permitted form (with or without the optional 零, 整 or 正 after 角, 圆 for 元,
     * with or without 人民币). Anything else — 一二三, 两, 毛, 另, Arabic digits, 整 after 分 — is refused.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no amount");
        }
        String t = text.strip();
        if (t.startsWith(PREFIX)) {
            t = t.substring(PREFIX.length());
        }
        t = t.replace('圆', '元');
        if (t.isEmpty()) {
            throw bad(text);
        }
        boolean whole = t.endsWith("整") || t.endsWith("正");
        if (whole) {
            t = t.substring(0, t.length() - 1);
        }
        int yuanAt = t.indexOf('元');
        long yuan = yuanAt < 0 ? 0 : integerPart(t.substring(0, yuanAt), text);
        String frac = yuanAt < 0 ? t : t.substring(yuanAt + 1);
        if (frac.startsWith("零") && yuan > 0) {
            frac = frac.substring(1);
        }
        int jiao = 0;
        int fen = 0;
        if (frac.length() >= 2 && frac.charAt(1) == '角') {
            jiao = digit(frac.charAt(0), text);
            frac = frac.substring(2);
        }
        if (frac.length() == 2 && frac.charAt(1) == '分') {
            fen = digit(frac.charAt(0), text);
            frac = "";
        }
        boolean noFraction = jiao == 0 && fen == 0;
        if (!frac.isEmpty() || (noFraction && (!whole || yuanAt < 0)) || (whole && fen > 0)) {
            throw bad(text); // junk left over; 元 with nothing after it lacks 整; 整 after 分 is never written
        }
        return BigDecimal.valueOf(yuan * 100 + jiao * 10L + fen, 2);
    }

    private static long integerPart(String s, String text) {
        if (s.equals("零")) {
            return 0;
        }
        long total = 0;  // completed 亿 sections
        long section = 0; // below 亿, completed 万 groups
        long group = 0;   // below 万
        int pending = -1;
        int lastUnit = 4; // 拾=1 佰=2 仟=3 — units inside a group must fall
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d == 0) {
                pending = -1;
                continue;
            }
            if (d > 0) {
                if (pending >= 0) {
                    throw bad(text);
                }
                pending = d;
                continue;
            }
            int unit = "拾佰仟".indexOf(c) + 1;
            if (unit > 0) {
                if (pending < 0 || unit >= lastUnit) {
                    throw bad(text);
                }
                group += pending * (long) Math.pow(10, unit);
                pending = -1;
                lastUnit = unit;
            } else if (c == '万') {
                group += Math.max(pending, 0);
                if (section != 0) {
                    throw bad(text);
                }
                if (group == 0 && !(i + 1 < s.length() && s.charAt(i + 1) == '亿')) {
                    throw bad(text);
                }
                section = section * 10_000 + group * 10_000;
                group = 0;
                pending = -1;
                lastUnit = 4;
            } else if (c == '亿') {
                group += Math.max(pending, 0);
                total = total * 100_000_000 + (section + group) * 100_000_000;
                if (total == 0) {
                    throw bad(text);
                }
                section = 0;
                group = 0;
                pending = -1;
                lastUnit = 4;
            } else {
                throw bad(text);
            }
        }
        group += Math.max(pending, 0);
        long v = total + section + group;
        if (v == 0) {
            throw bad(text);
        }
        return v;
    }

    private static int digit(char c, String text) {
        int d = DIGITS.indexOf(c);
        if (d <= 0) {
            throw bad(text);
        }
        return d;
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not an uppercase amount: " + text);
    }
}
