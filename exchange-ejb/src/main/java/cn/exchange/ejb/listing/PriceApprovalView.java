package cn.exchange.ejb.listing;

import cn.exchange.core.listing.PriceApproval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Rule 7: a relisting-price approval without its bytes, for staff and supervisors. */
public record PriceApprovalView(long id, long lotId, String issuer, String number, LocalDate approvedOn, BigDecimal approvedPrice,
                                String fileName, String contentType, int sizeBytes, String sha256, OffsetDateTime uploadedAt,
                                String uploadedBy, Integer usedInRound) {

    public static PriceApprovalView of(PriceApproval a) {
        return new PriceApprovalView(a.getId(), a.getLotId(), a.getIssuer(), a.getNumber(), a.getApprovedOn(), a.getFloorPrice(),
                a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getUploadedAt(), a.getUploadedBy(),
                a.getUsedInRound());
    }
}
