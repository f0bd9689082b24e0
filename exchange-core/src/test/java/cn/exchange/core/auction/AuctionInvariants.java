package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants every engine keeps, checked after every step of every test. */
final class AuctionInvariants {

    private AuctionInvariants() {
    }

    static void check(AuctionTerms terms, List<AuctionEvent> all) {
        BigDecimal last = null;
        String lastLeader = null;
        boolean closed = false;
        int outcomes = 0;
        for (AuctionEvent e : all) {
            if (e instanceof AuctionEvent.BidAccepted a) {
                assertThat(closed).as("nothing accepted after the close: %s", a).isFalse();
                assertThat(terms.qualified()).contains(a.bidderCode());
                assertThat(a.amount().scale()).isEqualTo(2);
                if (terms.mode() == AuctionTerms.Mode.ASCENDING) {
                    if (last == null) {
                        assertThat(a.amount()).isGreaterThanOrEqualTo(terms.startPrice());
                    } else {
                        assertThat(a.amount()).as("prices strictly rising").isGreaterThan(last);
                        assertThat(a.bidderCode()).as("a leader cannot outbid itself").isNotEqualTo(lastLeader);
                    }
                    boolean atCap = terms.cap() != null && a.amount().compareTo(terms.cap()) == 0;
                    if (!atCap) {
                        BigDecimal base = last == null ? terms.startPrice() : last;
                        assertThat(a.amount().subtract(base).remainder(terms.increment())).as("whole increments").isZero();
                    }
                    last = a.amount();
                    lastLeader = a.bidderCode();
                }
            }
            if (e instanceof AuctionEvent.LotAwarded w) {
                outcomes++;
                closed = true;
                if (terms.mode() == AuctionTerms.Mode.ASCENDING) {
                    assertThat(w.price()).as("award = best valid bid").isEqualByComparingTo(last);
                    assertThat(w.bidderCode()).isEqualTo(lastLeader);
                }
                if (terms.reserve() != null) {
                    assertThat(w.price()).as("award ≥ reserve").isGreaterThanOrEqualTo(terms.reserve());
                }
            }
            if (e instanceof AuctionEvent.LotFailed) {
                outcomes++;
                closed = true;
            }
        }
        assertThat(outcomes).as("one outcome per lot").isLessThanOrEqualTo(1);
    }
}
