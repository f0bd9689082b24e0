package cn.exchange.ejb.settlement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * On a forfeited deal: the lot relisted after it (docs/rules.md §1.4) and, once the relisting's deal has opened, the
 * defaulter's liability for a lower price. On the relisting's own deal: the forfeited deal it follows.
 *
 * @param lotId          the relisting lot (on a forfeited deal) or the sold lot it relists (on the relisting's deal)
 * @param forfeitedDealId the forfeited deal
 * @param relistingDealId the relisting's deal, once it has opened; null before
 * @param shortfall      what the defaulter owes the transferor (0.00: the relisting sold at or above the defaulted
 *                       price); null until the relisting's deal opens
 */
public record RelistingView(long lotId, String lotNumber, String lotStatus, BigDecimal listingPrice, long forfeitedDealId,
                            Long relistingDealId, BigDecimal defaultedPrice, BigDecimal relistingPrice, BigDecimal shortfall,
                            String shortfallWords, OffsetDateTime assessedAt) {
}
