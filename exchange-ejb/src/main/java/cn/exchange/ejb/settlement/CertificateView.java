package cn.exchange.ejb.settlement;

import cn.exchange.core.settlement.Certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A certificate's key fields and whether it is the version in force ({@code valid}) or superseded by a reissue. What
 * the public verification page shows (a natural person's name masked there).
 */
public record CertificateView(long id, String number, int versionNo, boolean valid, String verificationCode,
                              String projectNumber, String objectName, String sellerName, String buyerName, String method,
                              BigDecimal appraisedValue, BigDecimal price, String priceWords, String paymentMethod,
                              LocalDate signedOn, LocalDate listingStart, LocalDate listingEnd, OffsetDateTime issuedAt,
                              String reissueReason, String pdfSha256) {

    public static CertificateView of(Certificate c, boolean valid) {
        return new CertificateView(c.getId(), c.getNumber(), c.getVersionNo(), valid, c.getVerificationCode(),
                c.getProjectNumber(), c.getObjectName(), c.getSellerName(), c.getBuyerName(), c.getMethod(),
                c.getAppraisedValue(), c.getPrice(), cn.exchange.core.shared.CapitalAmount.of(c.getPrice()),
                c.getPaymentMethod(), c.getSignedOn(), c.getListingStart(), c.getListingEnd(), c.getIssuedAt(),
                c.getReissueReason(), c.getPdfSha256());
    }

    /** For the public page: the buyer's name masked when it is a natural person's. */
    public CertificateView forPublic(boolean buyerIsPerson) {
        String buyer = cn.exchange.core.party.Party.publicName(buyerName,
                buyerIsPerson ? cn.exchange.core.party.PartyKind.PERSON_BIDDER : cn.exchange.core.party.PartyKind.ENTERPRISE_BIDDER);
        return new CertificateView(id, number, versionNo, valid, null, projectNumber, objectName, sellerName, buyer, method,
                appraisedValue, price, priceWords, paymentMethod, signedOn, listingStart, listingEnd, issuedAt, reissueReason,
                pdfSha256);
    }
}
