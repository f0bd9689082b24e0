package cn.exchange.ejb.listing;

import cn.exchange.core.listing.PriorityHolder;

import java.time.OffsetDateTime;

/** A priority right holder of a lot as the agency named it and whether the reviewer confirmed it (rule 24). */
public record PriorityHolderView(long id, long lotId, String name, String identifier, int rank, String basisRef,
                                 OffsetDateTime namedAt, boolean confirmed, OffsetDateTime confirmedAt, String confirmedBy) {

    public static PriorityHolderView of(PriorityHolder h) {
        return new PriorityHolderView(h.getId(), h.getLotId(), h.getName(), h.getIdentifier(), h.getRank(), h.getBasisRef(),
                h.getNamedAt(), h.isConfirmed(), h.getConfirmedAt(), h.getConfirmedBy());
    }
}
