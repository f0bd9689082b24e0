package cn.exchange.core.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.time.LocalDate;

/**
 * The lot's current round of listing: its number (1 the first listing, +1 for every relisting or re-auction), its
 * announcement's period once published (rules 2–5, 8–11), the document approving its price below 90 % of the valuation
 * (rule 7), the day the first round was published, from which rule 12's twelve months count — and, for a lot that
 * relists a sale whose buyer defaulted (docs/rules.md §1.4), the sold lot and deal its numbering continues from.
 * The lot moves it only through the verbs below; its columns are the lot's.
 */
@Embeddable
public class ListingRound {

    @Column(name = "round", nullable = false)
    private int number;
    @Embedded
    private DisclosurePeriod period;
    @Column(name = "price_approval_id")
    private Long priceApprovalId;
    @Column(name = "first_published_on")
    private LocalDate firstPublishedOn;
    @Column(name = "relisted_from_lot_id")
    private Long relistedFromLotId;
    @Column(name = "relisted_after_deal_id")
    private Long relistedAfterDealId;

    protected ListingRound() {
    }

    /** A new lot's first round, unpublished. */
    static ListingRound first() {
        ListingRound r = new ListingRound();
        r.number = 1;
        return r;
    }

    /** The first round's announcement runs over {@code p}; the 12 months of rule 12 count from its start. */
    void firstPublished(DisclosurePeriod p) {
        period = p;
        firstPublishedOn = p.start();
    }

    /** The announcement runs (again) over {@code p}, in the same round: an amendment, extension, resumption, sell-off. */
    void runs(DisclosurePeriod p) {
        period = p;
    }

    /** Rules 7, 8, 34: the next round, over {@code p}; {@code approvalId} approves its price (rule 7), or null. */
    void next(DisclosurePeriod p, Long approvalId) {
        number++;
        priceApprovalId = approvalId;
        period = p;
    }

    /** Docs/rules.md §1.4: relisting {@code sold} after its deal {@code dealId} was forfeited, published over {@code p}. */
    void relisting(Lot sold, long dealId, Long approvalId, DisclosurePeriod p) {
        relistedFromLotId = sold.getId();
        relistedAfterDealId = dealId;
        number = sold.getRound() + 1;
        priceApprovalId = approvalId;
        firstPublished(p);
    }

    /** Rule 12: after a new audit and valuation the lot is a first listing again; the old period stays for the record. */
    void restart() {
        number = 1;
        priceApprovalId = null;
        firstPublishedOn = null;
    }

    int number() { return number; }
    DisclosurePeriod period() { return period; }
    Long priceApprovalId() { return priceApprovalId; }
    LocalDate firstPublishedOn() { return firstPublishedOn; }
    Long relistedFromLotId() { return relistedFromLotId; }
    Long relistedAfterDealId() { return relistedAfterDealId; }
}
