package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.party.CreditCode;
import cn.exchange.core.party.ResidentId;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 24 (docs/rules.md §1.7): priority right holders are named by the agency on equity lots only,
 * confirmed by the reviewer, frozen with the announcement, and a bidder's claim is matched by its identifier.
 */
class PriorityHolderTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-09-01T10:00+08:00");
    static final String HOLDER = CreditCode.compose("91310115", "12345678");
    static final String OUTSIDER = CreditCode.compose("91310115", "87654321");
    static final String PERSON = "110105198003150013".substring(0, 17) + ResidentId.checkCharacter("11010519800315001");

    static Lot lot(Category category) throws ReflectiveOperationException {
        Project p = new Project("DH2026CQ000001", 1, "某公司股权转让", category, NOW);
        Lot lot = p.addLot(new LotTerms("某公司 30% 股权", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal("150000.00"), new BigDecimal("150000.00"), new BigDecimal("15000.00"), new BigDecimal("1000.00"),
                null, false, null, null, BiddingMethod.SEALED_ONE_TIME, null, false, false, null, null, null));
        var id = Lot.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(lot, 7L);
        return lot;
    }

    static PriorityHolder named(Lot lot, String identifier, int rank, List<PriorityHolder> others) {
        return PriorityHolder.name(lot, "某股东有限公司", identifier, rank, "公司章程第十二条（2024 年修订）", others, NOW, "agency");
    }

    static List<String> fields(Throwable e) {
        return ((DomainException) e).problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void anEquityLotNamesAHolderTheReviewerConfirmsAndOnlyThatPartysClaimCarriesItsRank() throws Exception {
        Lot lot = lot(Category.EQUITY_TRANSFER);
        PriorityHolder h = named(lot, " " + HOLDER.toLowerCase() + " ", 1, List.of());
        assertThat(h.getIdentifier()).isEqualTo(HOLDER);
        assertThatThrownBy(() -> PriorityHolder.rankOf(true, HOLDER, List.of(h))).as("not yet confirmed")
                .satisfies(e -> assertThat(fields(e)).containsExactly("priorityRight"));
        h.confirm(lot, NOW, "reviewer");
        assertThat(PriorityHolder.rankOf(true, HOLDER, List.of(h))).isEqualTo(1);
        assertThat(PriorityHolder.rankOf(false, HOLDER, List.of(h))).as("a holder who does not claim bids as anyone").isNull();
        assertThat(PriorityHolder.rankOf(false, OUTSIDER, List.of(h))).isNull();
        assertThatThrownBy(() -> PriorityHolder.rankOf(true, OUTSIDER, List.of(h))).as("a tick alone proves nothing")
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.notAHolder"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("priorityRight"));
    }

    @Test
    void ranksAndResidentIdsOfNaturalPersonShareholders() throws Exception {
        Lot lot = lot(Category.EQUITY_TRANSFER);
        PriorityHolder first = named(lot, HOLDER, 1, List.of());
        PriorityHolder second = named(lot, PERSON, 2, List.of(first));
        first.confirm(lot, NOW, "reviewer");
        second.confirm(lot, NOW, "reviewer");
        assertThat(PriorityHolder.rankOf(true, PERSON, List.of(first, second))).isEqualTo(2);
        PriorityHolder.requireAllConfirmed(lot, List.of(first, second));
    }

    @Test
    void theLawGrantsTheRightOnEquityTransfersOnly() throws Exception {
        for (Category c : Category.values()) {
            if (c.transactionType() == TransactionType.EQUITY_TRANSFER) {
                continue;
            }
            Lot lot = lot(c);
            assertThatThrownBy(() -> named(lot, HOLDER, 1, List.of())).as(c.name())
                    .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.notGranted"))
                    .satisfies(e -> assertThat(fields(e)).containsExactly("category"));
        }
    }

    @Test
    void badInputNamesEveryField() throws Exception {
        Lot lot = lot(Category.EQUITY_TRANSFER);
        assertThatThrownBy(() -> PriorityHolder.name(lot, " ", "91310115123456789X", 0, null, List.of(), NOW, "agency"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("name", "identifier", "rank", "basisRef"));
        assertThatThrownBy(() -> PriorityHolder.name(lot, "甲", HOLDER, null, "章程", List.of(), NOW, "agency"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rank"));
        PriorityHolder h = named(lot, HOLDER, 1, List.of());
        assertThatThrownBy(() -> named(lot, HOLDER, 2, List.of(h)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.duplicate"));
    }

    @Test
    void theListIsFrozenWithTheAnnouncementAndPublicationNeedsEveryHolderConfirmed() throws Exception {
        Lot lot = lot(Category.EQUITY_TRANSFER);
        PriorityHolder h = named(lot, HOLDER, 1, List.of());
        assertThatThrownBy(() -> PriorityHolder.requireAllConfirmed(lot, List.of(h)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.unconfirmed"));
        h.confirm(lot, NOW, "reviewer");
        assertThatThrownBy(() -> h.confirm(lot, NOW, "reviewer"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.alreadyConfirmed"));
        lot.publish(OffsetDateTime.parse("2026-09-14T10:00+08:00"), Calendars.official(), ListingSettings.DEFAULTS);
        assertThatThrownBy(() -> named(lot, OUTSIDER, 2, List.of(h)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.frozen"));
    }
    /** Rule 24: the agency chooses 事后行权 on an ascending equity lot, with a match period; never elsewhere. */
    @Test
    void exerciseAfterTheAuctionIsChosenOnAscendingEquityLotsWithAMatchPeriod() throws Exception {
        Lot sealed = lot(Category.EQUITY_TRANSFER);
        assertThatThrownBy(() -> PriorityHolder.chooseExercise(sealed, PriorityExercise.AFTER_AUCTION, null))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.afterNeedsAscending"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("mode"));
        Lot ascending = lot(Category.EQUITY_TRANSFER);
        var method = SaleTerms.class.getDeclaredField("biddingMethod");
        method.setAccessible(true);
        method.set(ascending.sale(), BiddingMethod.ONLINE_ASCENDING);
        assertThat(ascending.getPriorityExercise()).isEqualTo(PriorityExercise.IN_AUCTION);
        PriorityHolder.chooseExercise(ascending, PriorityExercise.AFTER_AUCTION, null);
        assertThat(ascending.getPriorityExercise()).isEqualTo(PriorityExercise.AFTER_AUCTION);
        assertThat(ascending.getPriorityMatchSeconds()).as("the default match period").isEqualTo(300);
        assertThatThrownBy(() -> PriorityHolder.chooseExercise(ascending, PriorityExercise.AFTER_AUCTION, 4))
                .satisfies(e -> assertThat(fields(e)).containsExactly("matchSeconds"));
        assertThatThrownBy(() -> PriorityHolder.chooseExercise(ascending, PriorityExercise.AFTER_AUCTION, 86_401))
                .satisfies(e -> assertThat(fields(e)).containsExactly("matchSeconds"));
        PriorityHolder.chooseExercise(ascending, PriorityExercise.IN_AUCTION, 600);
        assertThat(ascending.getPriorityMatchSeconds()).as("no match period in the auction mode").isNull();
        PriorityHolder.chooseExercise(ascending, PriorityExercise.AFTER_AUCTION, 120);
        // an edit that keeps the ascending auction keeps the holders' choice and its match period
        ascending.edit(new LotTerms("某公司 30% 股权", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal("150000.00"), new BigDecimal("150000.00"), new BigDecimal("15000.00"), new BigDecimal("1000.00"),
                null, false, null, null, BiddingMethod.ONLINE_ASCENDING, null, false, false, null, null, null));
        assertThat(ascending.getPriorityExercise()).isEqualTo(PriorityExercise.AFTER_AUCTION);
        assertThat(ascending.getPriorityMatchSeconds()).isEqualTo(120);
        // an edit to another method before publication drops 事后行权 (it needs the ascending auction's final price)
        ascending.edit(new LotTerms("某公司 30% 股权", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal("150000.00"), new BigDecimal("150000.00"), new BigDecimal("15000.00"), new BigDecimal("1000.00"),
                null, false, null, null, BiddingMethod.SEALED_ONE_TIME, null, false, false, null, null, null));
        assertThat(ascending.getPriorityExercise()).isEqualTo(PriorityExercise.IN_AUCTION);
        assertThat(ascending.getPriorityMatchSeconds()).isNull();
        assertThatThrownBy(() -> PriorityHolder.chooseExercise(lot(Category.ENTERPRISE_ASSET), PriorityExercise.AFTER_AUCTION, 60))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("priority.notGranted"));
    }
}
