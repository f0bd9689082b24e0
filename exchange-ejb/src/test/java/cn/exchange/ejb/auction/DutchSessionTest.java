package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docs/rules.md §2.1 (荷式): a Dutch lot's session is opened from the terms stored with the lot (start 120,000, step
 * 10,000 every 5 s, floor 100,000 = the listing price) and descends through the real writer; the first acceptance wins.
 */
class DutchSessionTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aDutchSessionOpensAtItsStartPriceAndFallsStepByStep() throws Exception {
        AuctionRows rows = new AuctionRows("DUTCH");
        rows.sql("update lot set increment = null, dutch_start_price = 120000.00, dutch_step = 10000.00, dutch_interval_seconds = 5,"
                + " dutch_floor = 100000.00 where id = " + rows.lotId);
        Instant opens = NOW.plusSeconds(60);
        rows.open(NOW, opens);
        assertThat(rows.state().mode()).isEqualTo("DUTCH");
        assertThat(rows.state().price()).isEqualByComparingTo("120000.00");

        rows.run(new AuctionCommand.Tick(Instant.EPOCH), opens.plusSeconds(5));
        assertThat(rows.state().price()).isEqualByComparingTo("110000.00");
        assertThat(rows.bid("1002", "120000.00", opens.plusSeconds(6)).reason()).isEqualTo("NOT_CURRENT_PRICE");
        assertThat(rows.bid("1001", "110000.00", opens.plusSeconds(7)).accepted()).isTrue();
        AuctionState closed = rows.state();
        assertThat(closed.outcome()).isEqualTo("AWARDED");
        assertThat(closed.winner()).isEqualTo("1001");
        assertThat(closed.finalPrice()).isEqualByComparingTo(new BigDecimal("110000.00"));
    }
}
