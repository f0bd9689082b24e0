package cn.exchange.core.supervision;

import cn.exchange.core.supervision.RedFlags.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each red-flag rule raised by a case made for it, and not raised by a clean lot. */
class RedFlagsTest {

    /** A clean lot: sold above valuation after a full announcement to two of three applicants, nothing overdue. */
    static final LotRecord CLEAN = new LotRecord(
            new LotFacts(9, "DH2026ZC000009", "公务车", "东湖区机关事务局", "东湖区", "ADMINISTRATIVE_ASSET", new BigDecimal("100000.00"),
                    new BigDecimal("100000.00"), new BigDecimal("120000.00"), true, false, 3, 2, 14, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 10, 1)),
            false, LocalDate.of(2026, 6, 30), 20, 20, 0, Map.of(1L, List.of(), 2L, List.of()),
            Map.of("203.0.113.7", Set.of("1037"), "198.51.100.2", Set.of("2210")), "CERTIFIED", false, false, 0, List.of());

    @Test
    void aCleanLotRaisesNothing() {
        assertThat(RedFlags.of(CLEAN, RedFlags.Settings.DEFAULTS)).isEmpty();
    }

    @Test
    void dealBelowValuation() {
        raises(Kind.DEAL_BELOW_VALUATION, r -> with(r, facts(r.facts(), "99999.99", r.facts().listingPrice(), 2, 3)), "99999.99");
    }

    @Test
    void listedBelowNinetyPercentWithoutApproval() {
        LotRecord low = with(CLEAN, facts(CLEAN.facts(), "120000.00", new BigDecimal("89999.99"), 2, 3));
        raises(Kind.LISTED_BELOW_90_WITHOUT_APPROVAL, r -> low, "89999.99");
        assertThat(kinds(new LotRecord(low.facts(), true, low.valuationBaseDate(), low.announcedWd(), low.requiredWd(), 0,
                low.applicantSignals(), low.codesByBidIp(), low.dealStatus(), false, false, 0, List.of())))
                .doesNotContain(Kind.LISTED_BELOW_90_WITHOUT_APPROVAL);
        assertThat(kinds(with(CLEAN, facts(CLEAN.facts(), "120000.00", new BigDecimal("90000.00"), 2, 3))))
                .doesNotContain(Kind.LISTED_BELOW_90_WITHOUT_APPROVAL);
    }

    @Test
    void shortAnnouncement() {
        raises(Kind.SHORT_ANNOUNCEMENT, r -> new LotRecord(r.facts(), false, r.valuationBaseDate(), 19, 20, 0, r.applicantSignals(),
                r.codesByBidIp(), r.dealStatus(), false, false, 0, List.of()), "19");
    }

    @Test
    void staleValuation() {
        raises(Kind.STALE_VALUATION, r -> new LotRecord(r.facts(), false, LocalDate.of(2025, 8, 31), 20, 20, 0, r.applicantSignals(),
                r.codesByBidIp(), r.dealStatus(), false, false, 0, List.of()), "2025-08-31");
        // exactly one year before the listing is still fine
        assertThat(kinds(new LotRecord(CLEAN.facts(), false, LocalDate.of(2025, 9, 1), 20, 20, 0, CLEAN.applicantSignals(),
                CLEAN.codesByBidIp(), "CERTIFIED", false, false, 0, List.of()))).isEmpty();
    }

    @Test
    void conditionsChangedDuringDisclosure() {
        raises(Kind.CONDITIONS_CHANGED, r -> new LotRecord(r.facts(), false, r.valuationBaseDate(), 20, 20, 1, r.applicantSignals(),
                r.codesByBidIp(), r.dealStatus(), false, false, 0, List.of()), "1 次");
    }

    @Test
    void oneQualifiedOfSeveralApplicants() {
        raises(Kind.SINGLE_QUALIFIED_OF_MANY, r -> with(r, facts(r.facts(), "120000.00", r.facts().listingPrice(), 1, 3)), "3 人报名");
        assertThat(kinds(with(CLEAN, facts(CLEAN.facts(), "120000.00", CLEAN.facts().listingPrice(), 1, 1))))
                .doesNotContain(Kind.SINGLE_QUALIFIED_OF_MANY);
    }

    @Test
    void applicantsSharingDetails() {
        raises(Kind.SHARED_APPLICANT_DETAILS, r -> new LotRecord(r.facts(), false, r.valuationBaseDate(), 20, 20, 0,
                Map.of(1L, List.of("电话与报名 2 相同"), 2L, List.of("电话与报名 1 相同")), r.codesByBidIp(), r.dealStatus(), false,
                false, 0, List.of()), "电话");
    }

    @Test
    void twoCodesBiddingFromOneIp() {
        raises(Kind.SAME_IP_DIFFERENT_CODES, r -> new LotRecord(r.facts(), false, r.valuationBaseDate(), 20, 20, 0, r.applicantSignals(),
                Map.of("203.0.113.7", Set.of("1037", "2210")), r.dealStatus(), false, false, 0, List.of()), "1037、2210");
    }

    @Test
    void winnerDefaulted() {
        // the evidence is in words a regulator reads, not the deal's status code
        raises(Kind.WINNER_DEFAULTED, r -> status(r, "FORFEITED", false, false, 0), "保证金已扣除");
        raises(Kind.WINNER_DEFAULTED, r -> status(r, "DEFAULTED", false, false, 0), "竞得人违约待处理");
    }

    @Test
    void contractOverdue() {
        raises(Kind.CONTRACT_OVERDUE, r -> status(r, "SIGNING", true, false, 0), "签署");
    }

    @Test
    void paymentOverdue() {
        raises(Kind.PAYMENT_OVERDUE, r -> status(r, "PAYING", false, true, 0), "付款");
    }

    @Test
    void refundsOverdue() {
        raises(Kind.REFUND_OVERDUE, r -> status(r, "CERTIFIED", false, false, 2), "2 笔");
    }

    @Test
    void manualOverride() {
        raises(Kind.MANUAL_OVERRIDE, r -> new LotRecord(r.facts(), false, r.valuationBaseDate(), 20, 20, 0, r.applicantSignals(),
                r.codesByBidIp(), r.dealStatus(), false, false, 0, List.of("operator 暂停竞价：机房断电")), "operator");
    }

    @Test
    void aRuleSwitchedOffRaisesNothing() {
        LotRecord below = with(CLEAN, facts(CLEAN.facts(), "99999.99", CLEAN.facts().listingPrice(), 2, 3));
        RedFlags.Settings off = new RedFlags.Settings(EnumSet.of(Kind.DEAL_BELOW_VALUATION), new BigDecimal("0.90"), 365);
        assertThat(RedFlags.of(below, off)).isEmpty();
    }

    private static void raises(Kind kind, UnaryOperator<LotRecord> make, String evidence) {
        List<RedFlags.Flag> flags = RedFlags.of(make.apply(CLEAN), RedFlags.Settings.DEFAULTS);
        assertThat(flags).extracting(RedFlags.Flag::kind).containsExactly(kind);
        assertThat(flags.get(0).evidence()).contains(evidence);
        assertThat(flags.get(0).lotId()).isEqualTo(9);
        assertThat(kinds(CLEAN)).doesNotContain(kind);
    }

    private static List<Kind> kinds(LotRecord r) {
        return RedFlags.of(r, RedFlags.Settings.DEFAULTS).stream().map(RedFlags.Flag::kind).toList();
    }

    private static LotFacts facts(LotFacts f, String deal, BigDecimal listing, int qualified, int applications) {
        return new LotFacts(f.lotId(), f.projectNumber(), f.title(), f.agency(), f.region(), f.category(), f.valuation(), listing,
                new BigDecimal(deal), f.auctioned(), f.failed(), applications, qualified, f.bids(), f.listedOn(), f.dealOn());
    }

    private static LotRecord with(LotRecord r, LotFacts f) {
        return new LotRecord(f, r.priceApproval(), r.valuationBaseDate(), r.announcedWd(), r.requiredWd(), r.conditionAmendments(),
                r.applicantSignals(), r.codesByBidIp(), r.dealStatus(), r.contractOverdue(), r.paymentOverdue(), r.overdueRefunds(),
                r.manualOverrides());
    }

    private static LotRecord status(LotRecord r, String status, boolean contract, boolean payment, int refunds) {
        return new LotRecord(r.facts(), false, r.valuationBaseDate(), 20, 20, 0, r.applicantSignals(), r.codesByBidIp(), status,
                contract, payment, refunds, List.of());
    }
}
