package cn.exchange.ejb.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.CourtAssetKind;
import cn.exchange.core.listing.DutchTerms;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A lot as the board, the agency and staff see it (public fields only: no bidder ever appears here); {@code dutch} is a
 * Dutch lot's start price, step, interval and floor, null for other methods; {@code courtAssetKind} a court lot's kind
 * (rule 34), whose period {@code periodWd} then counts calendar days ({@code periodInCalendarDays}); {@code matchSeconds}
 * the match period when the lot's priority right holders exercise after the auction (事后行权, rule 24), else null.
 */
public record LotView(long id, long projectId, String projectNumber, String projectTitle, int lotNo, String title,
                      Category category, String description, String location, String region, String appraiser,
                      LocalDate valuationBaseDate, BigDecimal appraisedValue, BigDecimal listingPrice, BigDecimal deposit,
                      BigDecimal increment, BiddingMethod biddingMethod, String buyerConditions, String paymentTerms,
                      boolean extensionAllowed, boolean annualPrice, Integer termYears, ListingStatus status, int round,
                      Integer periodWd, LocalDate disclosureStart, OffsetDateTime endsAt, String media, DutchTerms dutch,
                      CourtAssetKind courtAssetKind, boolean periodInCalendarDays, Integer matchSeconds) {

    /** Rule 34: a court-entrusted lot, sold under the court's rules (SPC 2016) — the lot page says so. */
    public boolean court() {
        return category != null && category.courtStyle();
    }

    public static LotView of(Lot l) {
        var p = l.getProject();
        return new LotView(l.getId(), p.getId(), p.getNumber(), p.getTitle(), l.getLotNo(), l.getTitle(), p.getCategory(),
                l.getDescription(), l.getLocation(), l.getRegion(), l.getAppraiser(), l.getValuationBaseDate(),
                l.getAppraisedValue(), l.getListingPrice(), l.getDeposit(), l.getIncrement(), l.getBiddingMethod(),
                l.getBuyerConditions(), l.getPaymentTerms(), l.isExtensionAllowed(), l.isAnnualPrice(), l.getTermYears(),
                l.getStatus(), l.getRound(), l.getPeriodWd(), l.getDisclosureStart(), l.getEndsAt(), p.getMedia(), l.getDutchTerms(),
                l.getCourtAssetKind(), l.isPeriodInCalendarDays(), l.getPriorityMatchSeconds());
    }

    /** Rule 13: the published buyer conditions as the numbered list a rejection cites from (one per line of the text). */
    public java.util.List<String> conditionList() {
        return cn.exchange.core.qualification.RejectionGrounds.conditions(buyerConditions);
    }
}
