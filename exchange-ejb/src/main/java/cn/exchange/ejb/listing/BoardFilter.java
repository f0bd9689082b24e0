package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a visitor of the board filters by. Null means "any". {@code sort}: {@code endsAt} (default), {@code price},
 * {@code -price}, {@code newest}.
 */
public record BoardFilter(String keyword, Category category, String region, BigDecimal minPrice, BigDecimal maxPrice,
                          ListingStatus status, LocalDate endsFrom, LocalDate endsTo, String sort) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, null, null, null, null, null, null);
    }
}
