package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A lot a bidder follows, as its watchlist shows it. */
public record WatchRow(long lotId, String projectNumber, int lotNo, String title, ListingStatus status, BigDecimal listingPrice,
                       OffsetDateTime endsAt, OffsetDateTime watchedAt) {
}
