package cn.exchange.web.qualification;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.LotView;

import java.util.List;
import java.util.stream.Stream;

/**
 * The lots staff choose from on the qualification page ({@link StaffQualificationBacking}): those of projects
 * published, past their disclosure, in negotiation or with the auction scheduled — at most 500.
 */
final class ReviewedLots {

    private ReviewedLots() {
    }

    static List<LotView> of(ListingService listings) {
        return Stream.of(ListingStatus.PUBLISHED, ListingStatus.DISCLOSURE_ENDED, ListingStatus.NEGOTIATION,
                        ListingStatus.AUCTION_SCHEDULED)
                .flatMap(s -> listings.projects(s).stream()).flatMap(p -> p.lots().stream()).distinct().limit(500).toList();
    }
}
