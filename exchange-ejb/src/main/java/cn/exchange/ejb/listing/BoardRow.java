package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One line of the public board.
 *
 * @param photoId the lot's first photo (its thumbnail is {@code /api/board/documents/{photoId}/thumbnail}), or null
 */
public record BoardRow(long lotId, String projectNumber, int lotNo, String title, Category category, String categoryName,
                       String region, BigDecimal listingPrice, BigDecimal deposit, ListingStatus status,
                       OffsetDateTime endsAt, Long photoId) {

    BoardRow withPhoto(Long id) {
        return new BoardRow(lotId, projectNumber, lotNo, title, category, categoryName, region, listingPrice, deposit, status, endsAt, id);
    }
}
