package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One line of the public board. */
public record BoardRow(long lotId, String projectNumber, int lotNo, String title, Category category, String categoryName,
                       String region, BigDecimal listingPrice, BigDecimal deposit, ListingStatus status,
                       OffsetDateTime endsAt) {
}
