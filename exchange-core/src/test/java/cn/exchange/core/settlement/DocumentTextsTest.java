package cn.exchange.core.settlement;

import cn.exchange.core.listing.NoticeText;
import cn.exchange.core.shared.Punctuation;
import cn.exchange.core.shared.RenderedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template's rendered text — each contract kind ({@link ContractTemplate}), each public notice
 * in Chinese and English ({@link NoticeText}) — has no doubled punctuation and no unfilled placeholder, also when the
 * values filled in end with their own punctuation, as a lot's description or staff's words often do. (The certificate
 * and the contract as PDFs: exchange-ejb's SettlementDocumentsTest, with the same {@link RenderedText} check.)
 */
class DocumentTextsTest {

    @Test
    void theDoubledFullStopOfTheContractIsGone() {
        ContractTemplate t = ContractTemplate.parse(ContractTemplate.Kind.ASSET, "## 转让标的\n标的情况：${lotDescription}。\n${objectClauses}",
                "title=合同\n## 交割\n按约定交割。");
        assertThat(t.fill(Map.of("lotDescription", "2018 年产小型轿车一辆，行驶 8 万公里。")).get(0).text())
                .isEqualTo("标的情况：2018 年产小型轿车一辆，行驶 8 万公里。");
        // a value inside a sentence keeps its punctuation; only the mark next to the template's own gives way
        assertThat(Punctuation.before("甲。", '（')).isEqualTo("甲。");
        assertThat(Punctuation.before("甲。 ", '；')).isEqualTo("甲");
    }

    @ParameterizedTest
    @EnumSource(ContractTemplate.Kind.class)
    void everyContractKindReadsCleanlyWithValuesEndingInTheirOwnPunctuation(ContractTemplate.Kind kind) {
        ContractTemplate t = ContractTemplate.of(kind);
        RenderedText.assertClean(kind + " title", t.title());
        for (ContractTemplate.Clause c : t.fill(new AnyField("样例"))) {
            RenderedText.assertClean(kind + " " + c.heading(), c.heading() + "\n" + c.text());
        }
        for (ContractTemplate.Clause c : t.fill(new AnyField("样例。"))) {
            RenderedText.assertClean(kind + " " + c.heading() + " (values ending in 。)", c.text());
        }
        for (ContractTemplate.Clause c : t.fill(new AnyField("样例；"))) {
            RenderedText.assertClean(kind + " " + c.heading() + " (values ending in ；)", c.text());
        }
    }

    @Test
    void everyNoticeReadsCleanlyInBothLanguages() {
        ResourceBundle zh = ResourceBundle.getBundle("cn.exchange.core.messages", Locale.CHINESE, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        TreeSet<String> keys = new TreeSet<>();
        for (String k : zh.keySet()) {
            if (k.startsWith("notice.body.")) {
                keys.add(k);
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        for (String key : keys) {
            String pattern = zh.getString(key);
            int n = 0;
            Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
            while (m.find()) {
                n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
            }
            // staff's words at the end of a notice ("中止原因：{1}") end with their own full stop
            for (String value : new String[] {"甲", "甲。"}) {
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    boolean last = pattern.endsWith("{" + i + "}");
                    args[i] = last ? value : i % 3 == 0 ? (Object) "甲" : i % 3 == 1 ? new BigDecimal("1200000.00") : LocalDate.of(2026, 11, 2);
                }
                NoticeText text = NoticeText.of(key.substring("notice.body.".length()), args);
                RenderedText.assertClean(key + " zh", text.zh());
                RenderedText.assertClean(key + " en", text.en());
            }
        }
    }

    /** Every field a template asks for, filled with one value (the map a deal would give has each of them). */
    static final class AnyField extends HashMap<String, String> {
        private final String value;

        AnyField(String value) {
            this.value = value;
        }

        @Override
        public String get(Object key) {
            return value;
        }
    }
}
