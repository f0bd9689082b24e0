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
        AuctionEvent.BidAccepted bestQuote = null;
        AuctionEvent.BidAccepted firstAcceptance = null;
        for (AuctionEvent e : all) {
            if (e instanceof AuctionEvent.BidAccepted a) {
                assertThat(closed).as("nothing accepted after the close: %s", a).isFalse();
                assertThat(terms.qualified()).contains(a.bidderCode());
                assertThat(a.amount().scale()).isEqualTo(2);
                if (terms.mode() == AuctionTerms.Mode.ASCENDING) {
                    if (last == null) {
                        assertThat(a.amount()).isGreaterThanOrEqualTo(terms.startPrice());
                    } else {
                        assertThat(a.bidderCode()).as("a leader cannot outbid itself").isNotEqualTo(lastLeader);
                        if (a.amount().compareTo(last) == 0) {
                            assertThat(terms.mayMatch(a.bidderCode(), lastLeader)).as("only an outranking priority holder matches").isTrue();
                        } else {
                            assertThat(a.amount()).as("prices strictly rising").isGreaterThan(last);
                        }
                    }
                    boolean atCap = terms.cap() != null && a.amount().compareTo(terms.cap()) == 0;
                    if (!atCap) {
                        BigDecimal base = last == null ? terms.startPrice() : last;
                        assertThat(a.amount().subtract(base).remainder(terms.increment())).as("whole increments").isZero();
                    }
                    last = a.amount();
                    lastLeader = a.bidderCode();
                }
                if (terms.mode() == AuctionTerms.Mode.SEALED) {
                    assertThat(a.amount()).isGreaterThanOrEqualTo(terms.startPrice());
                    // strictly greater replaces; an equal later quote replaces only an outranked one (rule 24)
                    int c = bestQuote == null ? 1 : a.amount().compareTo(bestQuote.amount());
                    if (c > 0 || c == 0 && terms.mayMatch(a.bidderCode(), bestQuote.bidderCode())) {
                        bestQuote = a;
                    }
                }
                if (terms.mode() == AuctionTerms.Mode.DUTCH) {
                    assertThat(firstAcceptance).as("a Dutch lot takes one acceptance").isNull();
                    assertThat(a.amount()).isGreaterThanOrEqualTo(terms.dutchFloor()).isLessThanOrEqualTo(terms.startPrice());
                    firstAcceptance = a;
                }
            }
            if (e instanceof AuctionEvent.LotAwarded w) {
                outcomes++;
                closed = true;
                if (terms.mode() == AuctionTerms.Mode.ASCENDING) {
                    assertThat(w.price()).as("award = best valid bid").isEqualByComparingTo(last);
                    assertThat(w.bidderCode()).isEqualTo(lastLeader);
                }
                if (terms.mode() == AuctionTerms.Mode.SEALED) {
                    assertThat(w.price()).as("award = highest quote").isEqualByComparingTo(bestQuote.amount());
                    assertThat(w.bidderCode()).as("ties go to the earlier quote").isEqualTo(bestQuote.bidderCode());
                }
                if (terms.mode() == AuctionTerms.Mode.DUTCH) {
                    assertThat(w.bidderCode()).as("the first acceptance wins").isEqualTo(firstAcceptance.bidderCode());
                    assertThat(w.price()).isEqualByComparingTo(firstAcceptance.amount());
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
