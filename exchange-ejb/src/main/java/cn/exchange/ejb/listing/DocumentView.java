package cn.exchange.ejb.listing;

import cn.exchange.core.listing.LotDocument;

import java.time.OffsetDateTime;

/** A lot's photo or document without its bytes. */
public record DocumentView(long id, long lotId, String name, String contentType, boolean photo, int sizeBytes, String sha256,
                           OffsetDateTime uploadedAt) {

    public static DocumentView of(LotDocument d) {
        return new DocumentView(d.getId(), d.getLotId(), d.getName(), d.getContentType(), d.isPhoto(), d.getSizeBytes(),
                d.getSha256(), d.getUploadedAt());
    }
}
