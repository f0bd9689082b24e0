package cn.exchange.core.listing;

import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * How a lot is sold, part of {@link Lot}: the listing price and deposit, the bidding method with its increment, reserve
 * and Dutch terms, whether the announcement allows extensions, an annual price over a term, how priority right holders
 * exercise their right (rule 24) and a court lot's kind (rule 34). The price and deposit change only by relisting (rule
 * 7), re-auction (rule 34) or a new valuation (rule 12); the rest only before publication (rule 10).
 */
@Embeddable
public class SaleTerms {

    @Column(name = "listing_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal listingPrice;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal deposit;
    @Column(precision = 15, scale = 2)
    private BigDecimal increment;
    @Column(name = "reserve_price", precision = 15, scale = 2)
    private BigDecimal reservePrice;
    @Enumerated(EnumType.STRING)
    @Column(name = "bidding_method", nullable = false, length = 30)
    private BiddingMethod biddingMethod;
    @Column(name = "extension_allowed", nullable = false)
    private boolean extensionAllowed;
    @Column(name = "annual_price", nullable = false)
    private boolean annualPrice;
    @Column(name = "term_years")
    private Integer termYears;
    /** A Dutch lot's terms ({@link DutchTerms}), null for other methods. */
    @Column(name = "dutch_start_price", precision = 15, scale = 2)
    private BigDecimal dutchStartPrice;
    @Column(name = "dutch_step", precision = 15, scale = 2)
    private BigDecimal dutchStep;
    @Column(name = "dutch_interval_seconds")
    private Integer dutchIntervalSeconds;
    @Column(name = "dutch_floor", precision = 15, scale = 2)
    private BigDecimal dutchFloor;
    /** Rule 24: how the lot's priority right holders exercise the right ({@link PriorityHolder#chooseExercise}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "priority_exercise", nullable = false, length = 20)
    private PriorityExercise priorityExercise = PriorityExercise.IN_AUCTION;
    /** 事后行权: the holders' match period after the bidding, in seconds. */
    @Column(name = "priority_match_seconds")
    private Integer priorityMatchSeconds;
    /** Rule 34: a court-entrusted lot's kind (movables, real estate, other rights); null on other lots. */
    @Enumerated(EnumType.STRING)
    @Column(name = "court_asset_kind", length = 20)
    private CourtAssetKind courtAssetKind;

    protected SaleTerms() {
    }

    /**
     * The terms the agency entered, already checked by {@link LotRules}, replacing {@code before} (null for a new lot).
     * The priority holders' way of exercising is kept from {@code before}: rule 24's 事后行权 needs an ascending auction
     * ({@link PriorityHolder#chooseExercise}), so another method drops it.
     */
    static SaleTerms of(LotTerms t, boolean court, SaleTerms before) {
        SaleTerms s = new SaleTerms();
        s.listingPrice = t.listingPrice().setScale(2);
        s.deposit = t.deposit().setScale(2);
        s.increment = t.increment() == null ? null : t.increment().setScale(2);
        s.reservePrice = t.reservePrice() == null ? null : t.reservePrice().setScale(2);
        s.biddingMethod = t.biddingMethod();
        s.extensionAllowed = t.extensionAllowed();
        s.annualPrice = t.annualPrice();
        s.termYears = t.annualPrice() ? t.termYears() : null;
        DutchTerms d = s.biddingMethod == BiddingMethod.DUTCH ? t.dutch() : null;
        s.dutchStartPrice = d == null ? null : d.startPrice().setScale(2);
        s.dutchStep = d == null ? null : d.step().setScale(2);
        s.dutchIntervalSeconds = d == null ? null : d.intervalSeconds();
        s.dutchFloor = d == null ? null : d.floor().setScale(2);
        s.courtAssetKind = court ? t.courtAssetKind() : null;
        if (before != null && s.biddingMethod == BiddingMethod.ONLINE_ASCENDING) {
            s.priorityExercise = before.priorityExercise;
            s.priorityMatchSeconds = before.priorityMatchSeconds;
        }
        return s;
    }

    /** A new listing price (relisting, rule 7; a new valuation, rule 12) keeps a Dutch lot's registered floor at or above it. */
    void reprice(BigDecimal price) {
        requireDutchFloor(price);
        listingPrice = price;
    }

    /** A new listing price keeps a Dutch lot's registered floor at or above it ({@link LotRules}). */
    void requireDutchFloor(BigDecimal price) {
        if (dutchFloor != null && dutchFloor.compareTo(price) < 0) {
            throw new DomainException("listingPrice", "lot.dutchFloorBelowPrice", price.toPlainString());
        }
    }

    /**
     * Rule 34 (SPC 2016 Arts. 17, 26): a court lot's deposit at a re-auction at {@code price} — the one given, or else
     * the one held ({@code newDeposit} null) — stays within 5–20 % of the new start; returns it.
     */
    BigDecimal courtDeposit(BigDecimal price, BigDecimal newDeposit) {
        BigDecimal d = newDeposit == null ? deposit : Amounts.cny("deposit", newDeposit, true);
        if (d.compareTo(Amounts.share(price, LotRules.COURT_DEPOSIT_MIN)) < 0
                || d.compareTo(Amounts.share(price, LotRules.COURT_DEPOSIT_MAX)) > 0) {
            throw new DomainException("deposit", "lot.depositCourtRange");
        }
        return d;
    }

    /** Rule 34: the re-auction's start price and the deposit {@link #courtDeposit} allowed. */
    void reauctionAt(BigDecimal price, BigDecimal deposit) {
        this.listingPrice = price;
        this.deposit = deposit;
    }

    /** Set by {@link PriorityHolder#chooseExercise}, where rule 24 decides it. */
    void priorityExercise(PriorityExercise mode, Integer matchSeconds) {
        priorityExercise = mode;
        priorityMatchSeconds = matchSeconds;
    }

    /** A Dutch lot's start price, step, interval and floor, as registered; null for other methods. */
    public DutchTerms dutch() {
        return dutchStartPrice == null ? null : new DutchTerms(dutchStartPrice, dutchStep, dutchIntervalSeconds, dutchFloor);
    }

    public BigDecimal listingPrice() { return listingPrice; }
    public BigDecimal deposit() { return deposit; }
    public BigDecimal increment() { return increment; }
    public BigDecimal reservePrice() { return reservePrice; }
    public BiddingMethod biddingMethod() { return biddingMethod; }
    public boolean extensionAllowed() { return extensionAllowed; }
    public boolean annualPrice() { return annualPrice; }
    public Integer termYears() { return termYears; }
    public PriorityExercise priorityExercise() { return priorityExercise == null ? PriorityExercise.IN_AUCTION : priorityExercise; }
    public Integer priorityMatchSeconds() { return priorityMatchSeconds; }
    public CourtAssetKind courtAssetKind() { return courtAssetKind; }
}
