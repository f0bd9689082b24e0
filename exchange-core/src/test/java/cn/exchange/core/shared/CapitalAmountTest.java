package cn.exchange.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Uppercase amounts (docs/rules.md §7, rule 36): every PBOC vector, both permitted forms read back, the forms the rule
 * forbids refused, and a cross-check against an independent reference (below) over every amount up to ¥10,000.00, every
 * zero/non-zero digit pattern of all 15 digits up to 10^13, and random amounts up to 10^13.
 */
class CapitalAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // docs/rules.md §7 vectors, canonical form (the first form the rule lists where it allows two)
            "1409.50, 壹仟肆佰零玖元伍角",
            "6007.14, 陆仟零柒元壹角肆分",
            "1680.32, 壹仟陆佰捌拾元零叁角贰分",
            "107000.53, 壹拾万柒仟元零伍角叁分",
            "16409.02, 壹万陆仟肆佰零玖元零贰分",
            "325.04, 叁佰贰拾伍元零肆分",
            "240968, 贰拾肆万零玖佰陆拾捌元整",
            // a leading ten is 壹拾; 整 after 元; zero
            "10, 壹拾元整",
            "100000, 壹拾万元整",
            "0, 零元整",
            "0.05, 伍分",
            "0.50, 伍角",
            // 亿 and above, where ICU4J's spellout is wrong
            "100000001, 壹亿零壹元整",
            "1010000000, 壹拾亿壹仟万元整",
            "1000000000000, 壹万亿元整",
            "1000000010000, 壹万亿零壹万元整",
            "1234567890123.45, 壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分",
            "9999999999999.99, 玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesThePbocForm(String figures, String words) {
        assertEquals("人民币" + words, CapitalAmount.of(new BigDecimal(figures)));
        assertEquals(new BigDecimal(figures).setScale(2), CapitalAmount.parse("人民币" + words));
    }

    @ParameterizedTest(name = "{1} reads as {0}")
    @CsvSource({
            // the other permitted forms: 零 left out or put at the other place, 整 after 角, 圆 for 元
            "1680.32, 人民币壹仟陆佰捌拾元叁角贰分",
            "107000.53, 人民币壹拾万零柒仟元伍角叁分",
            "240968, 人民币贰拾肆万玖佰陆拾捌元整",
            "1409.50, 人民币壹仟肆佰零玖元伍角整",
            "1409.50, 壹仟肆佰零玖圆伍角正",
    })
    void readsEveryPermittedForm(String figures, String words) {
        assertEquals(new BigDecimal(figures).setScale(2), CapitalAmount.parse(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"人民币一千元整", "人民币壹千元整", "人民币贰两元整", "人民币壹元伍毛", "人民币壹拾元零肆分整", "人民币壹仟元",
            "人民币1000元整", "人民币", "人民币整", "人民币壹佰仟元整", "人民币壹万壹万元整", "人民币壹元伍角零"})
    void refusesWhatTheRuleForbids(String words) {
        assertThrows(IllegalArgumentException.class, () -> CapitalAmount.parse(words));
    }

    @Test
    void everyAmountUpToTenThousandYuanMatchesTheReference() {
        for (long fen = 0; fen <= 1_000_000; fen++) {
            check(fen);
        }
    }

    @Test
    void everyZeroPatternOfFifteenDigitsMatchesTheReference() {
        SplittableRandom random = new SplittableRandom(32);
        for (int pattern = 0; pattern < 1 << 15; pattern++) {
            for (int fill = 0; fill < 3; fill++) {
                long fen = 0;
                for (int digit = 14; digit >= 0; digit--) {
                    fen = fen * 10 + ((pattern >> digit & 1) == 0 ? 0 : 1 + random.nextInt(9));
                }
                check(fen);
            }
        }
    }

    @Test
    void randomAmountsUpToTenToTheThirteenMatchTheReference() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 1_000_000; i++) {
            check(random.nextLong(1_000_000_000_000_000L));
        }
    }

    private static void check(long fen) {
        BigDecimal amount = BigDecimal.valueOf(fen, 2);
        String words = CapitalAmount.words(amount);
        assertEquals(Reference.words(fen), words, amount::toPlainString);
        assertEquals(amount, CapitalAmount.parse(words), words);
    }

    /**
     * An independent reference, written differently on purpose: every digit with its unit ("壹拾零万柒仟零佰…"), then the
     * zeros collapsed by textual rules, as a clerk would cross out the ones not read aloud.
     */
    static final class Reference {
        private static final String D = "零壹贰叁肆伍陆柒捌玖";
        private static final String[] UNITS = {"万", "仟", "佰", "拾", "亿", "仟", "佰", "拾", "万", "仟", "佰", "拾", "元"};

        static String words(long fen) {
            long yuan = fen / 100;
            int jiao = (int) (fen / 10 % 10);
            int f = (int) (fen % 10);
            String integer = "";
            if (yuan > 0) {
                String digits = String.format("%013d", yuan);
                StringBuilder raw = new StringBuilder();
                for (int i = 0; i < 13; i++) {
                    raw.append(D.charAt(digits.charAt(i) - '0')).append(UNITS[i]);
                }
                String s = raw.toString().replaceFirst("^(零[万仟佰拾亿])+", "");
                s = s.replaceAll("零[仟佰拾]", "零").replaceAll("零+", "零");
                s = s.replace("零亿", "亿").replace("零万", "万").replace("亿万", "亿").replace("零元", "元");
                integer = s;
            }
            String tail;
            if (jiao == 0 && f == 0) {
                tail = "整";
            } else {
                tail = (jiao == 0 ? "零" : (yuan % 10 == 0 ? "零" : "") + D.charAt(jiao) + "角") + (f == 0 ? "" : D.charAt(f) + "分");
                if (yuan == 0) {
                    tail = tail.replaceFirst("^零", "");
                }
            }
            return yuan == 0 && jiao == 0 && f == 0 ? "零元整" : integer + tail;
        }
    }
}
