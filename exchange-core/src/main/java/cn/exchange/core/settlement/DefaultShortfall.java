package cn.exchange.core.settlement;

import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/**
 * The defaulter's liability for a lower relisting price (docs/rules.md §1.4, rule 33): a buyer whose deal was forfeited
 * also owes the transferor the difference when the lot, relisted after that default, sells for less. It is assessed
 * once, when the relisting's deal opens — the first price the relisting achieved — and recorded whatever its size (a
 * relisting that sold at or above the defaulted price leaves a shortfall of 0.00: nothing is owed, and the record says
 * so). The forfeited deposit is not set against it: it has already paid both sides' fees and the rest went to the
 * transferor (rule 33); the shortfall comes on top, as the announcements state it ("重新挂牌成交价低于原成交价的，差价由
 * 违约方承担"). The exchange records and publishes the claim to the parties; collecting it is the transferor's, under the
 * contract's liability clause and the law.
 */
@Entity
@Table(name = "default_shortfall")
@NamedQueries({
        @NamedQuery(name = "DefaultShortfall.ofForfeitedDeal",
                query = "select s from DefaultShortfall s"
                        + " where s.forfeitedDealId = :d"),
        @NamedQuery(name = "DefaultShortfall.ofRelistingDeal",
                query = "select s from DefaultShortfall s"
                        + " where s.relistingDealId = :d")
})
public class DefaultShortfall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "forfeited_deal_id", nullable = false, unique = true)
    private long forfeitedDealId;
    @Column(name = "defaulter_party_id", nullable = false)
    private long defaulterPartyId;
    @Column(name = "relisting_lot_id", nullable = false)
    private long relistingLotId;
    @Column(name = "relisting_deal_id", nullable = false, unique = true)
    private long relistingDealId;
    @Column(name = "defaulted_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal defaultedPrice;
    @Column(name = "relisting_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal relistingPrice;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal shortfall;
    @Column(name = "assessed_at", nullable = false)
    private OffsetDateTime assessedAt;

    protected DefaultShortfall() {
    }

    /**
     * The liability of {@code forfeited}'s buyer once {@code relisting}, the deal of the lot relisted after that default,
     * has opened: the defaulted price less the relisting's price, never below zero. Both prices are of the same kind (a
     * lot priced per year relists per year, so both are first-year prices).
     */
    public static DefaultShortfall assess(Deal forfeited, Deal relisting, OffsetDateTime now) {
        if (forfeited.getStatus() != Deal.Status.FORFEITED) {
            throw new ConflictException("settlement.wrongStatus", forfeited.getStatus().name());
        }
        if (relisting.getLotId() == forfeited.getLotId() || relisting.getId() == null || relisting.getId().equals(forfeited.getId())) {
            throw new IllegalArgumentException("the relisting's deal is another lot's, opened after the forfeiture");
        }
        DefaultShortfall s = new DefaultShortfall();
        s.forfeitedDealId = forfeited.getId();
        s.defaulterPartyId = forfeited.getBuyerPartyId();
        s.relistingLotId = relisting.getLotId();
        s.relistingDealId = relisting.getId();
        s.defaultedPrice = forfeited.getPrice().setScale(2, RoundingMode.UNNECESSARY);
        s.relistingPrice = relisting.getPrice().setScale(2, RoundingMode.UNNECESSARY);
        s.shortfall = s.defaultedPrice.subtract(s.relistingPrice).max(BigDecimal.ZERO.setScale(2));
        s.assessedAt = now;
        return s;
    }

    /** Whether the defaulter owes anything (the relisting sold lower). */
    public boolean owed() {
        return shortfall.signum() > 0;
    }

    public Long getId() { return id; }
    public long getForfeitedDealId() { return forfeitedDealId; }
    public long getDefaulterPartyId() { return defaulterPartyId; }
    public long getRelistingLotId() { return relistingLotId; }
    public long getRelistingDealId() { return relistingDealId; }
    public BigDecimal getDefaultedPrice() { return defaultedPrice; }
    public BigDecimal getRelistingPrice() { return relistingPrice; }
    public BigDecimal getShortfall() { return shortfall; }
    public OffsetDateTime getAssessedAt() { return assessedAt; }
}
