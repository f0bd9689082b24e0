package cn.exchange.core.settlement;

import cn.exchange.core.settlement.FeeTable.Method;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/**
 * What one {@link Deal} records of its sale (docs/rules.md §1.4): which lot of which project, sold how (by auction or
 * as a negotiated transfer, the method its fees follow), when the buyer was determined, to whom (the buyer's party and
 * its application, whose deposit converts into the price) and by whom (the transferor). Fixed when the deal opens.
 */
@Embeddable
public class Sale {

    @Column(name = "lot_id", nullable = false, unique = true)
    private long lotId;
    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Method method;
    @Column(name = "buyer_party_id", nullable = false)
    private long buyerPartyId;
    @Column(name = "buyer_application_id", nullable = false)
    private long buyerApplicationId;
    @Column(name = "seller_party_id", nullable = false)
    private long sellerPartyId;
    @Column(name = "determined_at", nullable = false)
    private OffsetDateTime determinedAt;

    protected Sale() {
    }

    Sale(long lotId, long projectId, Method method, long buyerPartyId, long buyerApplicationId, long sellerPartyId,
         OffsetDateTime determinedAt) {
        this.lotId = lotId;
        this.projectId = projectId;
        this.method = method;
        this.buyerPartyId = buyerPartyId;
        this.buyerApplicationId = buyerApplicationId;
        this.sellerPartyId = sellerPartyId;
        this.determinedAt = determinedAt;
    }

    public long getLotId() { return lotId; }
    public long getProjectId() { return projectId; }
    public Method getMethod() { return method; }
    public long getBuyerPartyId() { return buyerPartyId; }
    public long getBuyerApplicationId() { return buyerApplicationId; }
    public long getSellerPartyId() { return sellerPartyId; }
    public OffsetDateTime getDeterminedAt() { return determinedAt; }
}
