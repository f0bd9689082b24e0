package cn.exchange.core.settlement;

import cn.exchange.core.listing.Category;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.Punctuation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract (产权交易合同) templates, one per kind of transaction: the shared clauses in {@code contracts/common.txt}
 * and each kind's object clauses in {@code contracts/KIND.txt} (docs/rules.md §1.6, rules 26–29). Clauses are numbered
 * 第一条, 第二条… when assembled; {@code ${name}} is filled from the deal.
 *
 * <p>Rule 29: the price is the winning price and nothing may bend it — a template whose text carries a discount,
 * a buy-back or a guaranteed return ({@link #FORBIDDEN}) is refused, whether shipped or supplied by staff.
 */
public final class ContractTemplate {

    /** The kinds of contract; the default for a lot comes from its category, staff may choose another. */
    public enum Kind {
        EQUITY, ASSET, VEHICLE, REAL_ESTATE, LAND_USE, OPERATING_RIGHT, LICENCE_PLATE;

        public static Kind forCategory(Category category) {
            return switch (category) {
                case EQUITY_TRANSFER, CAPITAL_INCREASE, FINANCIAL_ASSET -> EQUITY;
                case LAND_USE_RIGHT -> LAND_USE;
                case OPERATING_RIGHT -> OPERATING_RIGHT;
                case LICENCE_PLATE -> LICENCE_PLATE;
                default -> ASSET;
            };
        }
    }

    /** One numbered clause: "第三条 转让标的" and its text. */
    public record Clause(String heading, String text) {
    }

    /** Words that bend the price (rule 29; docs/rules.md §1.6: no buy-back or guaranteed-return terms; Order 32 Art. 23). */
    public static final List<String> FORBIDDEN = List.of("回购", "保底", "固定回报", "保证收益", "保本", "收益承诺", "承诺收益",
            "折扣", "折让", "让利", "返利", "返还部分价款", "价格优惠");

    private static final Pattern FIELD = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final String NUMERALS = "一二三四五六七八九";

    private final Kind kind;
    private final String title;
    private final List<Clause> clauses;

    private ContractTemplate(Kind kind, String title, List<Clause> clauses) {
        this.kind = kind;
        this.title = title;
        this.clauses = clauses;
    }

    /** The shipped template of a kind. */
    public static ContractTemplate of(Kind kind) {
        return parse(kind, read("common.txt"), read(kind.name() + ".txt"));
    }

    /** A template from its texts (a staff-supplied variant): refused when it bends the price. */
    public static ContractTemplate parse(Kind kind, String common, String objectText) {
        String title = null;
        List<String> objectLines = new ArrayList<>();
        for (String line : objectText.split("\n")) {
            if (line.startsWith("title=")) {
                title = line.substring(6).strip();
            } else {
                objectLines.add(line);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : common.split("\n")) {
            if (line.strip().equals("${objectClauses}")) {
                lines.addAll(objectLines);
            } else if (!line.startsWith("#") || line.startsWith("## ")) {
                lines.add(line); // comment lines ("# …") are the template's notes, not the contract's text
            }
        }
        String all = String.join("\n", lines);
        for (String word : FORBIDDEN) {
            if (all.contains(word)) {
                throw new DomainException("template", "contract.forbiddenTerm", word);
            }
        }
        List<Clause> clauses = new ArrayList<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n")) {
            if (line.startsWith("#") && !line.startsWith("## ")) {
                continue;
            }
            if (line.startsWith("## ")) {
                if (heading != null) {
                    clauses.add(new Clause(heading, text.toString().strip()));
                }
                heading = "第" + ordinal(clauses.size() + 1) + "条 " + line.substring(3).strip();
                text.setLength(0);
            } else if (!line.isBlank()) {
                text.append(line.strip()).append('\n');
            }
        }
        if (heading != null) {
            clauses.add(new Clause(heading, text.toString().strip()));
        }
        if (title == null || clauses.isEmpty()) {
            throw new DomainException("template", "contract.templateEmpty");
        }
        return new ContractTemplate(kind, title, List.copyOf(clauses));
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /**
     * The clauses with every {@code ${field}} filled; a field the deal does not supply is an error, never left blank. A
     * value ending in punctuation before the template's own ("${lotDescription}。") gives way to it, so nothing prints
     * twice ({@link Punctuation#before}).
     */
    public List<Clause> fill(Map<String, String> fields) {
        return clauses.stream().map(c -> new Clause(c.heading(), fill(c.text(), fields))).toList();
    }

    private static String fill(String text, Map<String, String> fields) {
        Matcher m = FIELD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = fields.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("contract field missing: " + m.group(1));
            }
            if (m.end() < text.length()) {
                v = Punctuation.before(v, text.charAt(m.end()));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        return m.appendTail(b).toString();
    }

    /** 1 → 一, 12 → 十二, 20 → 二十. */
    static String ordinal(int n) {
        if (n < 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10 - 1);
    }

    private static String read(String name) {
        try (InputStream in = ContractTemplate.class.getResourceAsStream("contracts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no contract template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
