package cn.exchange.ejb.settlement;

import cn.exchange.core.settlement.PaymentPlan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One deal as its parties, the exchange's staff and supervisors see it: the contract's state, what is owed and paid,
 * the payment instructions with their deadlines, the refunds of the lot and the certificate.
 *
 * @param outstanding      what the buyer still has to transfer (price and interest and the buyer's fee, less what arrived)
 * @param signAwaiting     the year whose calendar the signing deadline awaits (rule 1), or null when it is counted
 * @param scheduleAwaiting the year whose calendar the payment schedule awaits, or null
 * @param defaultedBy      in a default case, the side in default ({@code BUYER} or {@code SELLER}, rule 26); else null
 * @param relisting        a forfeited deal's relisting and the defaulter's shortfall, or the forfeited deal a relisting's
 *                         deal follows (docs/rules.md §1.4); else null
 * @param mayPrepare       whether the caller may prepare (or re-prepare) the contract now ({@link cn.exchange.core.settlement.Deal#mayPrepare})
 * @param maySign          whether the caller may sign for its side now ({@link cn.exchange.core.settlement.Deal#maySign})
 */
public record DealView(long id, long lotId, String projectNumber, int lotNo, String lotTitle, String method, String status,
                       String buyerName, String buyerIdentifier, String bidderCode, String sellerName, BigDecimal appraisedValue,
                       BigDecimal listingPrice, BigDecimal price, String priceWords, BigDecimal deposit, BigDecimal buyerFee,
                       BigDecimal sellerFee, BigDecimal interest, BigDecimal amountDue, BigDecimal priceReceived,
                       BigDecimal buyerFeePaid, boolean sellerFeePaid, BigDecimal outstanding, OffsetDateTime determinedAt,
                       OffsetDateTime signDeadline, Integer signAwaiting, String contractKind, String contractSha256, OffsetDateTime buyerSignedAt,
                       OffsetDateTime sellerSignedAt, String signedSha256, OffsetDateTime effectiveAt, int instalments,
                       String guarantee, List<PaymentPlan.Due> schedule, Integer scheduleAwaiting, String paymentReference, String accountName,
                       String accountBank, String accountNumber, String defaultReason, String defaultedBy, List<DisbursementView> disbursements,
                       List<CertificateView> certificates, boolean paidOut, RelistingView relisting,
                       boolean mayPrepare, boolean maySign) {

    public boolean signedByBuyer() {
        return buyerSignedAt != null;
    }

    public boolean signedBySeller() {
        return sellerSignedAt != null;
    }

    /** The certificate in force (the latest version), or null. */
    public CertificateView certificate() {
        return certificates.isEmpty() ? null : certificates.get(certificates.size() - 1);
    }
}
