package cn.exchange.core.listing;

import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The valuation (资产评估) behind a lot's price, part of {@link Lot}: who appraised it, as of which base date, at what value,
 * and whether the object's net assets are negative. It decides the floors of rules 6 and 7 and the one-year validity of
 * rule 12; a locked lot comes back only with a new one ({@link #revised}).
 */
@Embeddable
public class Valuation {

    @Column(nullable = false, length = 200)
    private String appraiser;
    @Column(name = "valuation_base_date", nullable = false)
    private LocalDate valuationBaseDate;
    @Column(name = "appraised_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal appraisedValue;
    @Column(name = "negative_net_assets", nullable = false)
    private boolean negativeNetAssets;

    protected Valuation() {
    }

    private Valuation(String appraiser, LocalDate baseDate, BigDecimal value, boolean negativeNetAssets) {
        this.appraiser = appraiser;
        this.valuationBaseDate = baseDate;
        this.appraisedValue = value.setScale(2);
        this.negativeNetAssets = negativeNetAssets;
    }

    /** The valuation the agency entered, already checked by {@link LotRules}. */
    static Valuation of(LotTerms t) {
        return new Valuation(t.appraiser().trim(), t.valuationBaseDate(), t.appraisedValue(), t.negativeNetAssets());
    }

    /**
     * Rule 12: a new audit and valuation for a locked lot, on {@code today}: an appraiser, a base date within the last
     * year and not in the future, and a value in CNY. The net-assets flag is the object's and stays.
     */
    Valuation revised(String byAppraiser, LocalDate baseDate, BigDecimal value, LocalDate today) {
        if (byAppraiser == null || byAppraiser.isBlank()) {
            throw new DomainException("appraiser", "common.required");
        }
        if (byAppraiser.trim().length() > 200) {
            throw new DomainException("appraiser", "common.tooLong", 200);
        }
        LotRules.requireFreshValuation(baseDate, today);
        return new Valuation(byAppraiser.trim(), baseDate, Amounts.cny("appraisedValue", value, true), negativeNetAssets);
    }

    /**
     * Rule 6 after a new valuation: a first listing's price reaches the value (CNY 1.00 with negative net assets); rule
     * 34: a court lot's start price reaches 70 % of it.
     */
    void requireFirstListingPrice(BigDecimal price, boolean court) {
        if (court) {
            if (CourtRules.startTooLow(price, appraisedValue)) {
                throw new DomainException("listingPrice", "lot.courtStartBelow70", CourtRules.startFloor(appraisedValue).toPlainString());
            }
            return;
        }
        BigDecimal floor = negativeNetAssets ? Amounts.ONE_YUAN : appraisedValue;
        if (price.compareTo(floor) < 0) {
            throw new DomainException("listingPrice", negativeNetAssets ? "lot.priceBelowOneYuan" : "lot.priceBelowValuation",
                    floor.toPlainString());
        }
    }

    /** Rule 7: a relisting's price against this valuation ({@link LotRules#relistingPrice}). */
    BigDecimal relistingPrice(BigDecimal newPrice, boolean hasPriceApproval) {
        return LotRules.relistingPrice(newPrice, appraisedValue, negativeNetAssets, hasPriceApproval);
    }

    /** Rule 12: a valuation older than one year from its base date cannot back a listing at {@code now}. */
    void requireUsable(java.time.OffsetDateTime now) {
        if (LotRules.valuationStale(valuationBaseDate, cn.exchange.core.calendar.ExchangeTime.day(now))) {
            throw new DomainException("valuationBaseDate", "lot.valuationStale", valuationBaseDate.toString());
        }
    }

    public String appraiser() { return appraiser; }
    public LocalDate baseDate() { return valuationBaseDate; }
    public BigDecimal value() { return appraisedValue; }
    public boolean negativeNetAssets() { return negativeNetAssets; }
}
