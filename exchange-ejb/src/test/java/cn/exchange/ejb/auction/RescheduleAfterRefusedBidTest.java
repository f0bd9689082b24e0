package cn.exchange.ejb.auction;

import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rescheduling (rules 17, 22): whether a session has started is decided by its phase, not by its bid log. A
 * qualified bidder's bid before the start is refused and logged; the operator may still reschedule. Once the start time
 * has come, not.
 */
class RescheduleAfterRefusedBidTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    @Test
    void aBidRefusedBeforeTheStartDoesNotFreezeTheSchedule() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        rows.open(NOW, NOW.plusSeconds(3600));
        BidOutcome early = rows.bid("1001", "100000.00", NOW.plusSeconds(60));
        assertThat(early.accepted()).isFalse();
        assertThat(early.reason()).isEqualTo("NOT_STARTED");
        assertThat(rows.state().lastSeq()).isEqualTo(1);

        rows.open(NOW.plusSeconds(120), NOW.plusSeconds(7200));

        assertThat(rows.state().startsAt()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(rows.state().phase()).isEqualTo("NOT_STARTED");
        // the refused bid is still in the log and still refused when the log is replayed on the new terms
        assertThat(rows.record()).singleElement().satisfies(r -> assertThat(r.result()).isEqualTo("NOT_STARTED"));
        assertThat(rows.bid("1001", "100000.00", NOW.plusSeconds(7200)).accepted()).isTrue();
    }

    @Test
    void aSessionWhoseStartHasComeCannotBeRescheduled() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        rows.open(NOW, NOW.plusSeconds(3600));
        assertThatThrownBy(() -> rows.open(NOW.plusSeconds(3600), NOW.plusSeconds(7200)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.alreadyRunning"));
        rows.run(new cn.exchange.core.auction.AuctionCommand.Tick(Instant.EPOCH), NOW.plusSeconds(3601));
        assertThat(rows.state().phase()).isEqualTo("FREE");
        assertThatThrownBy(() -> rows.open(NOW.plusSeconds(3602), NOW.plusSeconds(7200)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.alreadyRunning"));
    }
}
