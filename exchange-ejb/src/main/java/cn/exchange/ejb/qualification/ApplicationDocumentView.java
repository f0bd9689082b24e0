package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.ApplicationDocument;

import java.time.OffsetDateTime;

/** A document of an application without its bytes: what it is, who uploaded it when, and its SHA-256. */
public record ApplicationDocumentView(long id, long applicationId, String kind, String name, String contentType, int sizeBytes,
                                      String sha256, OffsetDateTime uploadedAt, String uploadedBy) {

    public static ApplicationDocumentView of(ApplicationDocument d) {
        return new ApplicationDocumentView(d.getId(), d.getApplicationId(), d.getKind().name(), d.getName(), d.getContentType(),
                d.getSizeBytes(), d.getSha256(), d.getUploadedAt(), d.getUploadedBy());
    }
}
