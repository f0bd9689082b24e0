package cn.exchange.core.settlement;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.settlement.DepositForfeiture.Facts;
import cn.exchange.core.settlement.DepositForfeiture.Ground;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Docs/rules.md §1.4: a deposit forfeited outside a contract default — on a ground the announcement states, by staff, with a reason. */
class DepositForfeitureTest {

    static final BigDecimal HELD = new BigDecimal("10000.00");
    static final String REASON = "竞价中未有效出价，依挂牌公告不予退还";

    static Facts silentBidder(boolean clause) {
        return new Facts(Application.Status.QUALIFIED, HELD, ListingStatus.AUCTION_SOLD, clause, 0, false);
    }

    static java.util.function.Consumer<Throwable> code(String expected) {
        return e -> assertThat(((DomainException) e).code()).isEqualTo(expected);
    }

    @Test
    void aQualifiedBidderWhoPlacedNoBidLosesItsDepositOnlyWhereTheAnnouncementSaysSoAndAfterTheSession() {
        assertThatCode(() -> DepositForfeiture.check(Ground.NO_VALID_BID, REASON, silentBidder(true))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.NO_VALID_BID, REASON, silentBidder(false)))
                .satisfies(code("forfeiture.notInAnnouncement"));
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.NO_VALID_BID, REASON,
                new Facts(Application.Status.QUALIFIED, HELD, ListingStatus.AUCTION_SCHEDULED, true, 0, false)))
                .isInstanceOf(ConflictException.class).satisfies(code("forfeiture.sessionNotClosed"));
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.NO_VALID_BID, REASON,
                new Facts(Application.Status.QUALIFIED, HELD, ListingStatus.AUCTION_FAILED, true, 2, false)))
                .satisfies(code("forfeiture.bidderDidBid"));
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.NO_VALID_BID, REASON,
                new Facts(Application.Status.NOT_QUALIFIED, HELD, ListingStatus.AUCTION_FAILED, true, 0, false)))
                .satisfies(code("forfeiture.notQualified"));
        // held from the automatic refunds exactly then
        assertThat(DepositForfeiture.heldForDecision(true, Application.Status.QUALIFIED, ListingStatus.AUCTION_SOLD, 0)).isTrue();
        assertThat(DepositForfeiture.heldForDecision(false, Application.Status.QUALIFIED, ListingStatus.AUCTION_SOLD, 0)).isFalse();
        assertThat(DepositForfeiture.heldForDecision(true, Application.Status.QUALIFIED, ListingStatus.AUCTION_SOLD, 1)).isFalse();
        assertThat(DepositForfeiture.heldForDecision(true, Application.Status.QUALIFIED, ListingStatus.NEGOTIATED_DEAL, 0)).isFalse();
    }

    @Test
    void falseDocumentsAndCollusionAreStaffFindingsWithAReasonAtAnyTimeTheDepositIsHeld() {
        Facts applicant = new Facts(Application.Status.SUBMITTED, HELD, ListingStatus.PUBLISHED, false, 0, false);
        assertThatCode(() -> DepositForfeiture.check(Ground.FALSE_DOCUMENTS, "营业执照复印件系伪造，经登记机关核实", applicant))
                .doesNotThrowAnyException();
        assertThatCode(() -> DepositForfeiture.check(Ground.COLLUSION, "与 0421 号竞买人系同一实际控制人，串通压价", silentBidder(false)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.COLLUSION, " ", applicant))
                .satisfies(code("forfeiture.reasonRequired"))
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.COLLUSION, "串".repeat(1001), applicant)).satisfies(code("common.tooLong"));
        assertThatThrownBy(() -> DepositForfeiture.check(null, REASON, applicant)).satisfies(code("common.required"));
    }

    @Test
    void theBuyersDepositIsItsDealsAndNothingIsForfeitedTwice() {
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.COLLUSION, REASON,
                new Facts(Application.Status.QUALIFIED, HELD, ListingStatus.AUCTION_SOLD, true, 3, true)))
                .satisfies(code("forfeiture.buyerHasADeal"));
        assertThatThrownBy(() -> DepositForfeiture.check(Ground.FALSE_DOCUMENTS, REASON,
                new Facts(Application.Status.QUALIFIED, new BigDecimal("0.00"), ListingStatus.AUCTION_SOLD, true, 0, false)))
                .satisfies(code("forfeiture.noDepositHeld"));
        Ledger.Posting p = DepositForfeiture.posting(7, 3, HELD, Ground.NO_VALID_BID);
        assertThat(p.lines()).extracting(Ledger.Line::account).containsExactly("DEPOSIT:7", "FORFEITED:3");
        assertThat(p.lines()).extracting(Ledger.Line::amount).containsExactly(HELD, HELD.negate());
    }
}
