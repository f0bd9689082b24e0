package cn.exchange.web.listing;

import java.math.BigDecimal;

/** The request bodies of a published listing's resources ({@link LotResource}, {@link LotRelistingResource}). */
public final class LotRequests {

    private LotRequests() {
    }

    /** The text of an amendment, or the reason of a suspension or termination: published as the notice's body. */
    public record Text(@cn.exchange.web.base.Fills(entity = cn.exchange.core.listing.Notice.class, field = "body") String text) {
    }

    public record Extension(Integer workingDays) {
    }

    /**
     * Rules 7, 8: the new price; whether only the price changed (5 WD instead of 20); below 90 % of the valuation the
     * id of this relisting's approval, attached with {@code POST /api/lots/{id}/price-approvals}.
     */
    public record Relisting(BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
    }

    /** Rule 34: a court lot's re-auction — the new start price (≥ 80 % of the previous) and optionally a new deposit. */
    public record Reauction(BigDecimal price, BigDecimal deposit) {
    }

    /**
     * Rule 12: a locked lot's new audit and valuation — appraiser, base date (YYYY-MM-DD, within a year), value — and
     * its new listing price, at least the new valuation (rule 6).
     */
    public record Revaluation(String appraiser, java.time.LocalDate valuationBaseDate, BigDecimal appraisedValue,
                              BigDecimal listingPrice) {
    }
}
