package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The listing aggregate's transitions (rules 2, 7–12), each with the notice it publishes. */
class ListingLifecycleTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;

    static java.util.function.Consumer<Throwable> code(String expected) {
        return e -> assertThat(((DomainException) e).code()).isEqualTo(expected);
    }

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    Lot lot(Category category, String valuation, String price, boolean extensionAllowed) {
        Project p = new Project("DH2026ZC000001", 1, "某单位公务车辆处置", category, at("2026-09-01T09:00+08:00"));
        return p.addLot(new LotTerms("标的一", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal(valuation), new BigDecimal(price), new BigDecimal("1000.00"), new BigDecimal("100.00"), null,
                false, null, null, BiddingMethod.ONLINE_ASCENDING, null, extensionAllowed, false, null, null, null));
    }

    @Test
    void rule2AnEquityListingRuns20WorkingDaysAcrossNationalDay() {
        Lot l = lot(Category.EQUITY_TRANSFER, "50000000.00", "50000000.00", false);
        Notice n = l.publish(at("2026-09-14T10:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.ANNOUNCEMENT);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(l.getPeriodWd()).isEqualTo(20);
        assertThat(l.getEndsAt()).isEqualTo(at("2026-10-15T17:00+08:00"));
    }

    @Test
    void rule10PublishedContentIsFrozenAndAnAmendmentExtendsTheEnd() {
        Lot l = lot(Category.EQUITY_TRANSFER, "50000000.00", "50000000.00", false);
        l.publish(at("2026-09-14T10:00+08:00"), cal, s);
        assertThatThrownBy(() -> l.edit(null)).isInstanceOf(DomainException.class).satisfies(code("listing.frozen"));
        assertThat(l.isEditable()).isFalse();
        assertThatThrownBy(() -> l.requireEditable("file")).satisfies(code("listing.frozen"))
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("file"));
        Notice n = l.amend("补充披露：标的企业涉及一项未决诉讼", at("2026-09-20T10:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.AMENDMENT);
        // 2026-10-15 + 5 WD after it: 16, 19, 20, 21, 22 October
        assertThat(l.getEndsAt()).isEqualTo(at("2026-10-22T17:00+08:00"));
    }

    @Test
    void rule10LotsAreImportedIntoAProjectOnlyWhileNoneOfItsLotsIsPublished() {
        Lot first = lot(Category.ADMINISTRATIVE_ASSET, "80000.00", "80000.00", false);
        Project p = first.getProject();
        assertThat(first.isEditable()).as("a draft").isTrue();
        first.submit();
        assertThat(first.isEditable()).as("submitted to the exchange, not yet published").isTrue();
        assertThat(p.isUnpublished()).isTrue();
        first.publish(at("2026-11-02T10:00+08:00"), cal, s);
        assertThat(p.isUnpublished()).isFalse();
    }

    @Test
    void rule9WithoutApplicantsAndWithoutExtensionClauseTheListingEndsByItself() {
        Lot l = lot(Category.ADMINISTRATIVE_ASSET, "80000.00", "80000.00", false);
        l.publish(at("2026-11-02T10:00+08:00"), cal, s);
        assertThat(l.getPeriodWd()).isEqualTo(5);
        assertThatThrownBy(() -> l.expire(at("2026-11-06T16:59+08:00"), 0)).satisfies(code("listing.notYetEnded"));
        Notice n = l.expire(at("2026-11-06T17:00+08:00"), 0);
        assertThat(n.getKind()).isEqualTo(NoticeKind.ENDED_WITHOUT_BUYER);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.TERMINATED);
    }

    @Test
    void rule9AnExtensionNeedsTheClauseAndAtLeastFiveWorkingDays() {
        Lot noClause = lot(Category.ADMINISTRATIVE_ASSET, "80000.00", "80000.00", false);
        noClause.publish(at("2026-11-02T10:00+08:00"), cal, s);
        noClause.expire(at("2026-11-06T17:00+08:00"), 1);
        assertThatThrownBy(() -> noClause.extend(5, at("2026-11-09T09:00+08:00"), cal, s)).satisfies(code("listing.extensionNotAllowed"));

        Lot l = lot(Category.ADMINISTRATIVE_ASSET, "80000.00", "80000.00", true);
        l.publish(at("2026-11-02T10:00+08:00"), cal, s);
        l.expire(at("2026-11-06T17:00+08:00"), 0);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.DISCLOSURE_ENDED);
        assertThatThrownBy(() -> l.extend(4, at("2026-11-09T09:00+08:00"), cal, s)).satisfies(code("listing.extensionTooShort"));
        Notice n = l.extend(5, at("2026-11-09T09:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.EXTENSION);
        assertThat(l.getEndsAt()).isEqualTo(at("2026-11-13T17:00+08:00"));
    }

    @Test
    void rules7And8RelistingBelowNinetyPercentNeedsApprovalAndAPriceOnlyChangeRunsFiveDays() {
        Lot l = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        l.publish(at("2026-10-12T10:00+08:00"), cal, s);
        l.expire(l.getEndsAt(), 1);
        assertThatThrownBy(() -> l.relist(new BigDecimal("1799999.99"), true, null, at("2026-11-02T10:00+08:00"), cal, s))
                .satisfies(code("lot.priceNeedsApproval"));
        // the project's transfer approval (filled at registration) is not the approval of a price below 90 %
        l.getProject().approval("东湖区国资委", "东国资〔2026〕1号", LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> l.relist(new BigDecimal("1500000.00"), true, null, at("2026-11-02T10:00+08:00"), cal, s))
                .satisfies(code("lot.priceNeedsApproval"));
        Notice n = l.relist(new BigDecimal("1800000.00"), true, null, at("2026-11-02T10:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.RELISTING);
        assertThat(l.getRound()).isEqualTo(2);
        assertThat(l.getPeriodWd()).isEqualTo(5);
        assertThat(l.getEndsAt()).isEqualTo(at("2026-11-06T17:00+08:00"));
        assertThat(l.getPriceApprovalId()).isNull();
        l.expire(l.getEndsAt(), 1);
        PriceApproval approval = approval("1500000.00", LocalDate.of(2026, 11, 5));
        // the approval names the lowest price it allows
        assertThatThrownBy(() -> l.relist(new BigDecimal("1499999.99"), false, approval, at("2026-11-09T10:00+08:00"), cal, s))
                .satisfies(code("priceApproval.belowApproved"));
        l.relist(new BigDecimal("1500000.00"), false, approval, at("2026-11-09T10:00+08:00"), cal, s);
        assertThat(l.getPeriodWd()).isEqualTo(20);
        assertThat(approval.getUsedInRound()).isEqualTo(3);
        // one approval, one relisting: the next round below 90 % needs a new document
        l.expire(l.getEndsAt(), 1);
        assertThatThrownBy(() -> l.relist(new BigDecimal("1600000.00"), true, approval, at("2026-12-09T10:00+08:00"), cal, s))
                .satisfies(code("priceApproval.used"));
        assertThat(l.getRound()).isEqualTo(3);
    }

    @Test
    void rule7AnApprovalNamesItsIssuerNumberDateAndPriceAndIsNotDatedAfterToday() {
        assertThatThrownBy(() -> PriceApproval.of(1, " ", null, LocalDate.of(2026, 11, 24), null, pdf(), PDF, "00",
                LocalDate.of(2026, 11, 23), at("2026-11-23T10:00+08:00"), "staff"))
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("approvalIssuer", "approvalNumber", "approvalDate", "approvedPrice"));
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static DocumentRules.Checked pdf() {
        return DocumentRules.check("批复.pdf", PDF);
    }

    static PriceApproval approval(String floor, LocalDate on) {
        return PriceApproval.of(1, "东湖区国资委", "东国资产权〔2026〕9号", on, new BigDecimal(floor), pdf(), PDF, "ab",
                LocalDate.of(2026, 11, 9), at("2026-11-09T09:00+08:00"), "operator");
    }

    @Test
    void rule17AScheduledLotWithoutASessionMayBeTerminatedWithAReasonNotOnceItsSessionIsSet() {
        Lot l = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        l.publish(at("2026-10-12T10:00+08:00"), cal, s);
        l.expire(l.getEndsAt(), 2);
        l.concludeQualification(2, at("2026-11-09T10:00+08:00"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.AUCTION_SCHEDULED);
        assertThatThrownBy(() -> l.terminate(" ", at("2026-11-09T11:00+08:00"))).satisfies(code("common.required"));
        Lot set = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        set.publish(at("2026-10-12T10:00+08:00"), cal, s);
        set.expire(set.getEndsAt(), 2);
        set.concludeQualification(2, at("2026-11-09T10:00+08:00"));
        set.scheduleAuction(at("2026-11-12T10:00+08:00"), at("2026-11-09T10:30+08:00"));
        assertThatThrownBy(() -> set.terminate("转让方撤回", at("2026-11-09T11:00+08:00"))).satisfies(code("listing.sessionScheduled"));
        Notice n = l.terminate("转让方书面申请终结：标的被司法查封", at("2026-11-09T11:00+08:00"));
        assertThat(n.getKind()).isEqualTo(NoticeKind.TERMINATION);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.TERMINATED);
    }

    @Test
    void rule11SuspensionNeedsAReasonAndResumptionLeavesAtLeastTenOfTwentyWorkingDays() {
        Lot l = lot(Category.EQUITY_TRANSFER, "50000000.00", "50000000.00", false);
        l.publish(at("2026-09-14T10:00+08:00"), cal, s);
        assertThatThrownBy(() -> l.suspend(" ", at("2026-10-12T10:00+08:00"), cal)).isInstanceOf(DomainException.class);
        // suspended on 12 October after 16 working days (14–30 Sep with the make-up Sunday 20 Sep: 13; 8–10 Oct: 3), 4 left
        Notice sus = l.suspend("转让方书面申请中止", at("2026-10-12T10:00+08:00"), cal);
        assertThat(sus.getKind()).isEqualTo(NoticeKind.SUSPENSION);
        Notice res = l.resume(at("2026-10-26T10:00+08:00"), cal, s);
        assertThat(res.getKind()).isEqualTo(NoticeKind.RESUMPTION);
        // 4 WD were left, but at least 10 must remain: 26 Oct + 10 WD = 6 Nov; 16 + 10 = 26 WD in all (≥ 20)
        assertThat(l.getEndsAt()).isEqualTo(at("2026-11-06T17:00+08:00"));
        assertThat(l.getPeriodWd()).isEqualTo(26);
    }

    @Test
    void rules10To11And25ABlankReasonIsRefusedBeforeTheLotChanges() {
        Lot l = lot(Category.EQUITY_TRANSFER, "50000000.00", "50000000.00", false);
        l.publish(at("2026-09-14T10:00+08:00"), cal, s);
        OffsetDateTime ends = l.getEndsAt();
        assertThatThrownBy(() -> l.suspend(" ", at("2026-10-12T10:00+08:00"), cal)).satisfies(code("common.required"));
        assertThatThrownBy(() -> l.amend("", at("2026-10-12T10:00+08:00"), cal, s)).satisfies(code("common.required"));
        assertThatThrownBy(() -> l.terminate(null, at("2026-10-12T10:00+08:00"))).satisfies(code("common.required"));
        assertThat(l.getStatus()).as("still running, as published").isEqualTo(ListingStatus.PUBLISHED);
        assertThat(l.getEndsAt()).as("no amendment moved the end").isEqualTo(ends);

        Lot scheduled = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        scheduled.publish(at("2026-10-12T10:00+08:00"), cal, s);
        scheduled.expire(scheduled.getEndsAt(), 2);
        scheduled.concludeQualification(2, at("2026-11-09T10:00+08:00"));
        scheduled.scheduleAuction(at("2026-11-12T10:00+08:00"), at("2026-11-09T10:30+08:00"));
        assertThatThrownBy(() -> scheduled.annulSession(1, "  ", at("2026-11-12T10:10+08:00"))).satisfies(code("common.required"));
        assertThat(scheduled.getOutcome().auctionStartsAt()).as("the session is still set").isEqualTo(at("2026-11-12T10:00+08:00"));
    }

    @Test
    void rule11ASuspensionLongerThanAMonthCanOnlyBeTerminated() {
        Lot l = lot(Category.EQUITY_TRANSFER, "50000000.00", "50000000.00", false);
        l.publish(at("2026-09-14T10:00+08:00"), cal, s);
        l.suspend("涉及权属争议", at("2026-09-21T10:00+08:00"), cal);
        assertThatThrownBy(() -> l.resume(at("2026-10-22T10:00+08:00"), cal, s)).satisfies(code("listing.suspensionOverdue"));
        assertThat(l.terminate("争议无法消除", at("2026-10-22T10:00+08:00")).getKind()).isEqualTo(NoticeKind.TERMINATION);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.TERMINATED);
    }

    @Test
    void rule12TwelveMonthsWithoutBuyerLocksTheLotUntilANewValuation() {
        Lot l = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", true);
        // first published on 20 November 2025 (its valuation then was fresh), ended without a buyer
        l.publish(at("2025-11-20T10:00+08:00"), cal, s);
        l.expire(l.getEndsAt(), 0);
        assertThatThrownBy(() -> l.extend(5, at("2026-11-23T10:00+08:00"), cal, s)).satisfies(code("listing.stale"));
        assertThat(l.lock(at("2026-11-23T10:00+08:00")).getKind()).isEqualTo(NoticeKind.LOCKED);
        l.revalue("新评估公司", LocalDate.of(2026, 10, 31), new BigDecimal("1700000.00"), new BigDecimal("1700000.00"),
                at("2026-11-23T10:00+08:00"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(l.getFirstPublishedOn()).isNull();
    }

    @Test
    void rule12TerminatedAndFailedAuctionLotsPastTwelveMonthsAreLockedRevaluedAndListedAgain() {
        OffsetDateTime yearLater = at("2026-11-23T10:00+08:00");
        // ended by itself without an applicant (no extension clause): TERMINATED
        Lot terminated = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        terminated.publish(at("2025-11-20T10:00+08:00"), cal, s);
        terminated.expire(terminated.getEndsAt(), 0);
        assertThat(terminated.getStatus()).isEqualTo(ListingStatus.TERMINATED);
        // two qualified, the session failed: AUCTION_FAILED
        Lot failed = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", false);
        failed.publish(at("2025-11-20T10:00+08:00"), cal, s);
        failed.expire(failed.getEndsAt(), 2);
        failed.concludeQualification(2, at("2025-12-22T10:00+08:00"));
        failed.scheduleAuction(at("2026-01-06T10:00+08:00"), at("2025-12-23T10:00+08:00"));
        failed.recordAuctionResult(null, null, "NO_BIDS", at("2026-01-06T11:00+08:00"), at("2026-01-06T11:00+08:00"));
        assertThat(failed.getStatus()).isEqualTo(ListingStatus.AUCTION_FAILED);

        for (Lot l : List.of(terminated, failed)) {
            // relisting is refused past twelve months, so the lock job must pick the lot up
            assertThatThrownBy(() -> l.relist(new BigDecimal("1900000.00"), false, null, yearLater, cal, s)).satisfies(code("listing.stale"));
            assertThat(l.lockableAt(at("2026-11-19T10:00+08:00"))).isFalse();
            assertThat(l.lockableAt(yearLater)).as("%s past twelve months", l.getStatus()).isTrue();
            assertThat(l.lock(yearLater).getKind()).isEqualTo(NoticeKind.LOCKED);
            assertThat(l.getStatus()).isEqualTo(ListingStatus.LOCKED);
            // the new valuation: a first listing again, its price at least the valuation (rule 6)
            assertThatThrownBy(() -> l.revalue("新评估公司", LocalDate.of(2026, 10, 31), new BigDecimal("1800000.00"),
                    new BigDecimal("1700000.00"), yearLater)).satisfies(code("lot.priceBelowValuation"));
            assertThatThrownBy(() -> l.revalue("新评估公司", LocalDate.of(2025, 10, 31), new BigDecimal("1800000.00"),
                    new BigDecimal("1800000.00"), yearLater)).satisfies(code("lot.valuationStale"));
            l.revalue("新评估公司", LocalDate.of(2026, 10, 31), new BigDecimal("1800000.00"), new BigDecimal("1800000.00"), yearLater);
            assertThat(l.getStatus()).isEqualTo(ListingStatus.SUBMITTED);
            assertThat(l.getAppraisedValue()).isEqualByComparingTo("1800000.00");
            assertThat(l.getListingPrice()).isEqualByComparingTo("1800000.00");
            assertThat(l.publish(at("2026-11-24T10:00+08:00"), cal, s).getKind()).isEqualTo(NoticeKind.ANNOUNCEMENT);
            assertThat(l.getRound()).isEqualTo(1);
            assertThat(l.staleAt(at("2027-11-01T10:00+08:00"))).isFalse();
        }
    }

    @Test
    void rule12OnlyLotsBetweenRoundsAreLockedNotARunningAnnouncementOrAScheduledSession() {
        Lot running = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", true);
        running.publish(at("2025-11-20T10:00+08:00"), cal, s);
        running.expire(running.getEndsAt(), 0);
        running.extend(5, at("2026-11-13T10:00+08:00"), cal, s);
        assertThat(running.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(running.lockableAt(at("2026-11-23T10:00+08:00"))).isFalse();
        assertThatThrownBy(() -> running.lock(at("2026-11-23T10:00+08:00"))).satisfies(code("listing.wrongStatus"));
    }

    @Test
    void rule12AStaleValuationCannotBePublished() {
        Lot l = lot(Category.ENTERPRISE_ASSET, "2000000.00", "2000000.00", true);
        assertThatThrownBy(() -> l.publish(at("2027-07-01T10:00+08:00"), cal, s)).satisfies(code("lot.valuationStale"));
    }

    /** Docs/rules.md §1.4, rules 7, 8, 33: a sold lot whose deal was forfeited is relisted as the project's next lot. */
    @Test
    void aSoldLotWhoseDealWasForfeitedIsRelistedAsTheProjectsNextLot() throws Exception {
        Lot sold = lot(Category.ADMINISTRATIVE_ASSET, "2000000.00", "2000000.00", false);
        setId(sold, 41L);
        sold.publish(at("2026-11-02T10:00+08:00"), cal, s);
        sold.expire(sold.getEndsAt(), 1);
        sold.concludeQualification(1, sold.getEndsAt().plusHours(17));
        // not before the sale: only a sold lot whose deal was forfeited
        Lot unsold = lot(Category.ADMINISTRATIVE_ASSET, "2000000.00", "2000000.00", false);
        assertThatThrownBy(() -> Relisting.afterDefault(unsold, 9, new BigDecimal("1900000.00"), true, null,
                at("2026-12-10T10:00+08:00"), cal, s)).satisfies(code("listing.wrongStatus"));
        sold.recordNegotiatedDeal(new BigDecimal("2000000.00"), sold.getEndsAt().plusDays(1));
        // rule 7: below 90 % of the valuation only with the approving body's document
        assertThatThrownBy(() -> Relisting.afterDefault(sold, 9, new BigDecimal("1799999.99"), true, null,
                at("2026-12-10T10:00+08:00"), cal, s)).satisfies(code("lot.priceNeedsApproval"));
        assertThat(sold.getProject().getLots()).hasSize(1);

        Relisting.Relisted r = Relisting.afterDefault(sold, 9, new BigDecimal("1800000.00"), true, null, at("2026-12-10T10:00+08:00"), cal, s);
        Lot again = r.lot();
        assertThat(sold.getProject().getLots()).containsExactly(sold, again);
        assertThat(again.getLotNo()).isEqualTo(2);
        assertThat(again.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(sold.getStatus()).as("the sold lot keeps its record").isEqualTo(ListingStatus.NEGOTIATED_DEAL);
        assertThat(again.getListingPrice()).isEqualByComparingTo("1800000.00");
        assertThat(again.getAppraisedValue()).isEqualByComparingTo("2000000.00");
        assertThat(again.getTitle()).isEqualTo(sold.getTitle());
        assertThat(again.getRound()).isEqualTo(2);
        assertThat(again.getRelistedFromLotId()).isEqualTo(41L);
        assertThat(again.getRelistedAfterDealId()).isEqualTo(9L);
        // rule 8 (2025 rules): 5 WD when only the price changed, published Thu 10 Dec before 17:00: 10, 11, 14, 15, 16 December
        assertThat(again.getPeriodWd()).isEqualTo(5);
        assertThat(again.getEndsAt()).isEqualTo(at("2026-12-16T17:00+08:00"));
        setId(again, 42L);
        Notice n = r.notice();
        assertThat(n.getKind()).isEqualTo(NoticeKind.RELISTING);
        assertThat(n.getLotId()).isEqualTo(42L);
        assertThat(n.getBody()).contains("第2轮", "2,000,000.00 元", "1,800,000.00 元", "2026年12月16日 17:00");
    }

    static void setId(Object entity, long id) throws ReflectiveOperationException {
        var f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
