package cn.exchange.core.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The supervisors' report: lots grouped by agency, region, category or month, with the figures state-asset
 * regulators publish. Pure: a list of {@link LotFacts} in, rows out; the same lots always give the same figures.
 *
 * <ul>
 *   <li>valuation and deal value are summed over the <em>sold</em> lots, so that the appreciation rate compares like
 *       with like: 增值率 = Σ(deal − valuation) / Σ valuation of the sold lots;</li>
 *   <li>average appreciation per deal = 增值额 / deals, half-up to the fen ("600 vehicles, on average CNY 8,000 above
 *       valuation");</li>
 *   <li>competitive rate = deals with two or more qualified bidders / deals, in percent;</li>
 *   <li>bidders per lot = qualified bidders / lots; bids per lot = bids / lots that went to auction; days to deal =
 *       calendar days from the first announcement day to the buyer's determination, averaged over deals.</li>
 * </ul>
 * Rates and averages round half-up to two decimals.
 */
public final class Report {

    /** How the rows are grouped. */
    public enum By {
        AGENCY(LotFacts::agency), REGION(LotFacts::region), CATEGORY(LotFacts::category),
        MONTH(f -> f.dealOn() != null ? f.dealOn().toString().substring(0, 7) : f.listedOn() == null ? "—"
                : f.listedOn().toString().substring(0, 7)),
        ALL(f -> "合计");

        private final Function<LotFacts, String> key;

        By(Function<LotFacts, String> key) {
            this.key = key;
        }
    }

    /** One row of the report. */
    public record Row(String group, int lots, int deals, int failed, BigDecimal valuation, BigDecimal dealValue,
                      BigDecimal appreciation, BigDecimal appreciationPct, BigDecimal averageAppreciation,
                      BigDecimal competitivePct, BigDecimal biddersPerLot, BigDecimal bidsPerLot, BigDecimal daysToDeal) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Report() {
    }

    /** Rows per group in the group's order, then the total row. */
    public static List<Row> of(List<LotFacts> lots, By by) {
        Map<String, List<LotFacts>> groups = new TreeMap<>();
        for (LotFacts f : lots) {
            groups.computeIfAbsent(by.key.apply(f) == null ? "—" : by.key.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((g, fs) -> rows.add(row(g, fs)));
        if (by != By.ALL) {
            rows.add(row("合计", lots));
        }
        return rows;
    }

    static Row row(String group, List<LotFacts> lots) {
        int deals = 0;
        int failed = 0;
        int competitive = 0;
        int qualified = 0;
        int bids = 0;
        int auctioned = 0;
        long days = 0;
        int dated = 0;
        BigDecimal valuation = ZERO;
        BigDecimal dealValue = ZERO;
        for (LotFacts f : lots) {
            qualified += f.qualified();
            if (f.auctioned()) {
                auctioned++;
                bids += f.bids();
            }
            if (f.failed()) {
                failed++;
            }
            if (f.sold()) {
                deals++;
                valuation = valuation.add(f.valuation());
                dealValue = dealValue.add(f.dealPrice());
                if (f.qualified() >= 2) {
                    competitive++;
                }
                if (f.listedOn() != null && f.dealOn() != null) {
                    days += ChronoUnit.DAYS.between(f.listedOn(), f.dealOn());
                    dated++;
                }
            }
        }
        BigDecimal appreciation = Appreciation.amount(dealValue, valuation);
        return new Row(group, lots.size(), deals, failed, valuation, dealValue, appreciation,
                deals == 0 ? null : Appreciation.ratePct(appreciation, valuation),
                deals == 0 ? null : appreciation.divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_UP),
                deals == 0 ? null : ratio(competitive * 100L, deals),
                lots.isEmpty() ? null : ratio(qualified, lots.size()),
                auctioned == 0 ? null : ratio(bids, auctioned),
                dated == 0 ? null : ratio(days, dated));
    }

    private static BigDecimal ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }
}
