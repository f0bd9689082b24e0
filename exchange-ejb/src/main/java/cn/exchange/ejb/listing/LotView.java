package cn.exchange.ejb.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A lot as the board, the agency and staff see it (public fields only: no bidder ever appears here). */
public record LotView(long id, long projectId, String projectNumber, String projectTitle, int lotNo, String title,
                      Category category, String description, String location, String region, String appraiser,
                      LocalDate valuationBaseDate, BigDecimal appraisedValue, BigDecimal listingPrice, BigDecimal deposit,
                      BigDecimal increment, BiddingMethod biddingMethod, String buyerConditions, String paymentTerms,
                      boolean extensionAllowed, boolean annualPrice, Integer termYears, ListingStatus status, int round,
                      Integer periodWd, LocalDate disclosureStart, OffsetDateTime endsAt, String media) {

    public static LotView of(Lot l) {
        var p = l.getProject();
        return new LotView(l.getId(), p.getId(), p.getNumber(), p.getTitle(), l.getLotNo(), l.getTitle(), p.getCategory(),
                l.getDescription(), l.getLocation(), l.getRegion(), l.getAppraiser(), l.getValuationBaseDate(),
                l.getAppraisedValue(), l.getListingPrice(), l.getDeposit(), l.getIncrement(), l.getBiddingMethod(),
                l.getBuyerConditions(), l.getPaymentTerms(), l.isExtensionAllowed(), l.isAnnualPrice(), l.getTermYears(),
                l.getStatus(), l.getRound(), l.getPeriodWd(), l.getDisclosureStart(), l.getEndsAt(), p.getMedia());
    }
}
