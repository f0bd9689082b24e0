package cn.exchange.ejb.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.CourtAssetKind;
import cn.exchange.core.listing.DutchTerms;
import cn.exchange.core.shared.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a batch import ({@link BatchImport}) read by field: each value as people type it in a spreadsheet
 * (amounts with 元 or thousands separators, dates with / or ., 是/否, the bidding method in the form's words), with a
 * problem collected for every cell that is not what it should be.
 */
final class ImportRow {

    final List<String> cells;
    final Map<String, Integer> columns;
    final List<FieldProblem> problems = new ArrayList<>();

    ImportRow(List<String> cells, Map<String, Integer> columns) {
        this.cells = cells;
        this.columns = columns;
    }

    String text(String field) {
        Integer i = columns.get(field);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    BigDecimal amount(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        String s = v.replace(",", "").replace("，", "").replace("元", "").trim();
        if (!s.matches("-?\\d{1,15}(\\.\\d+)?")) {
            problems.add(FieldProblem.of(field, "import.notAnAmount", v));
            return null;
        }
        return new BigDecimal(s);
    }

    /** A Dutch lot's terms, when the row fills any of their columns. */
    DutchTerms dutch() {
        if (text("dutch.startPrice") == null && text("dutch.step") == null && text("dutch.intervalSeconds") == null
                && text("dutch.floor") == null) {
            return null;
        }
        Integer interval = null;
        String v = text("dutch.intervalSeconds");
        if (v != null && v.matches("\\d{1,9}")) {
            interval = Integer.valueOf(v);
        } else if (v != null) {
            problems.add(FieldProblem.of("dutch.intervalSeconds", "import.notAWholeNumber", v));
        }
        return new DutchTerms(amount("dutch.startPrice"), amount("dutch.step"), interval, amount("dutch.floor"));
    }

    LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "import.notADate", v));
            return null;
        }
    }

    boolean yesNo(String field) {
        String v = text(field);
        return v != null && (v.equals("是") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") || v.equals("1"));
    }

    /** Rule 34: 动产 / 不动产 / 其他财产权 (or the English names); empty for lots that are not court-entrusted. */
    CourtAssetKind courtAssetKind(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "动产", "MOVABLE" -> CourtAssetKind.MOVABLE;
            case "不动产", "REAL_ESTATE" -> CourtAssetKind.REAL_ESTATE;
            case "其他财产权", "财产权", "PROPERTY_RIGHT" -> CourtAssetKind.PROPERTY_RIGHT;
            default -> {
                problems.add(FieldProblem.of(field, "import.unknownCourtAssetKind", v));
                yield null;
            }
        };
    }

    /**
     * The bidding method as people write it: the form's own wording "网络竞价（多次报价）", with
     * half- or full-width brackets or a dash, a short form (网络竞价, 一次报价, 荷式, 协议), the English words of the
     * pages, or the code.
     */
    BiddingMethod method(String field) {
        String v = text(field);
        if (v == null) {
            return BiddingMethod.ONLINE_ASCENDING;
        }
        String n = v.replaceAll("[\\s()（）\\-－—_·]", "").toLowerCase(Locale.ROOT);
        BiddingMethod m = switch (n) {
            case "网络竞价", "多次报价", "网络竞价多次报价", "onlineascending", "onlinebidding", "onlinebiddingmultiplebids",
                    "onlineascendingbidding" ->
                    BiddingMethod.ONLINE_ASCENDING;
            case "一次报价", "一次性报价", "sealedonetime", "sealedbid", "onebid", "onetimesealedquote" -> BiddingMethod.SEALED_ONE_TIME;
            case "荷式", "荷兰式", "荷式竞价", "荷兰式竞价", "dutch", "dutchauction", "dutchdescending" -> BiddingMethod.DUTCH;
            case "协议", "协议转让", "仅协议", "negotiatedonly", "negotiated", "negotiatedtransfer" -> BiddingMethod.NEGOTIATED_ONLY;
            default -> null;
        };
        if (m == null) {
            problems.add(FieldProblem.of(field, "import.unknownMethod", v));
        }
        return m;
    }
}
