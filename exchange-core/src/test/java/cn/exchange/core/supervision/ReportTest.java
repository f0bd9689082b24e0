package cn.exchange.core.supervision;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's figures against cases worked by hand. */
class ReportTest {

    static final List<LotFacts> LOTS = List.of(
            // agency A: two vehicles sold at auction, one still listed
            lot(1, "A", "R1", "VEHICLE", "100000.00", "108000.00", true, false, 4, 3, 12, "2026-09-01", "2026-10-01"),
            lot(2, "A", "R1", "VEHICLE", "30000.00", "31000.00", true, false, 2, 2, 5, "2026-09-01", "2026-10-11"),
            lot(5, "A", "R1", "VEHICLE", "20000.00", null, false, false, 0, 0, 0, "2026-11-01", null),
            // agency B: a negotiated sale whose valuation does not divide evenly, and a failed auction
            lot(3, "B", "R2", "EQUITY", "3.00", "4.00", false, false, 1, 1, 0, "2026-09-10", "2026-10-10"),
            lot(4, "B", "R2", "EQUITY", "50000.00", null, true, true, 2, 2, 0, "2026-09-10", null));

    @Test
    void everyFigureOfTheTotalRow() {
        Report.Row all = Report.of(LOTS, Report.By.ALL).get(0);
        assertThat(all.lots()).isEqualTo(5);
        assertThat(all.deals()).isEqualTo(3);
        assertThat(all.failed()).isEqualTo(1);
        assertThat(all.valuation()).isEqualByComparingTo("130003.00");   // sold lots only
        assertThat(all.dealValue()).isEqualByComparingTo("139004.00");
        assertThat(all.appreciation()).isEqualByComparingTo("9001.00");
        assertThat(all.appreciationPct()).isEqualTo(new BigDecimal("6.92"));      // 9001 / 130003 = 6.9237 %
        assertThat(all.averageAppreciation()).isEqualTo(new BigDecimal("3000.33")); // 9001 / 3
        assertThat(all.competitivePct()).isEqualTo(new BigDecimal("66.67"));      // 2 of 3 deals had ≥ 2 bidders
        assertThat(all.biddersPerLot()).isEqualTo(new BigDecimal("1.60"));        // 8 qualified / 5 lots
        assertThat(all.bidsPerLot()).isEqualTo(new BigDecimal("5.67"));           // 17 bids / 3 auctioned lots
        assertThat(all.daysToDeal()).isEqualTo(new BigDecimal("33.33"));          // (30 + 40 + 30) / 3
    }

    @Test
    void rowsPerAgencyThenTheTotal() {
        List<Report.Row> rows = Report.of(LOTS, Report.By.AGENCY);
        assertThat(rows).extracting(Report.Row::group).containsExactly("A", "B", "合计");
        Report.Row a = rows.get(0);
        assertThat(a.appreciationPct()).isEqualTo(new BigDecimal("6.92"));        // 9000 / 130000 = 6.923 %
        assertThat(a.averageAppreciation()).isEqualTo(new BigDecimal("4500.00"));
        assertThat(a.biddersPerLot()).isEqualTo(new BigDecimal("1.67"));          // 5 / 3
        assertThat(a.bidsPerLot()).isEqualTo(new BigDecimal("8.50"));
        Report.Row b = rows.get(1);
        assertThat(b.appreciationPct()).isEqualTo(new BigDecimal("33.33"));       // 1 / 3 = 33.333 %
        assertThat(b.competitivePct()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.bidsPerLot()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void ratesRoundHalfUpAndAZeroValuationHasNoRate() {
        assertThat(Appreciation.ratePct(new BigDecimal("0.01"), new BigDecimal("200.00"))).isEqualTo(new BigDecimal("0.01")); // 0.005 %
        assertThat(Appreciation.ratePct(new BigDecimal("-0.01"), new BigDecimal("200.00"))).isEqualTo(new BigDecimal("-0.01"));
        assertThat(Appreciation.ratePct(new BigDecimal("2.00"), new BigDecimal("3.00"))).isEqualTo(new BigDecimal("66.67"));
        assertThat(Appreciation.ratePct(new BigDecimal("1.00"), BigDecimal.ZERO)).isNull();
        Report.Row none = Report.of(List.of(LOTS.get(2)), Report.By.ALL).get(0);
        assertThat(none.deals()).isZero();
        assertThat(none.appreciationPct()).isNull();
    }

    static LotFacts lot(long id, String agency, String region, String category, String valuation, String deal, boolean auctioned,
                        boolean failed, int applications, int qualified, int bids, String listed, String dealOn) {
        return new LotFacts(id, "P" + id, "lot " + id, agency, region, category, new BigDecimal(valuation), new BigDecimal(valuation),
                deal == null ? null : new BigDecimal(deal), auctioned, failed, applications, qualified, bids, LocalDate.parse(listed),
                dealOn == null ? null : LocalDate.parse(dealOn));
    }
}
