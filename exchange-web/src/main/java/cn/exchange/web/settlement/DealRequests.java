package cn.exchange.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The request bodies of the deals' resources ({@link DealResource}, {@link DealMoneyResource}, {@link DealCertificateResource}). */
public final class DealRequests {

    private DealRequests() {
    }

    /** Rule 28's terms; {@code instalments} 0 = lump sum. {@code loanRatePct} absent: the configured loan rate. */
    public record ContractForm(String kind, Integer instalments, BigDecimal downPayment, LocalDate lastDueOn, BigDecimal loanRatePct,
                               String guarantee) {
    }

    public record Signature(String sha256) {
    }

    public record Reason(String reason) {
    }

    public record Payout(String payeeAccount) {
    }

    public record Decision(Boolean forfeit, String reason, OffsetDateTime newSignDeadline) {
    }

    /** A forfeited deal's relisting: the new listing price, whether only the price changed, a price approval's id. */
    public record Relisting(BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
    }
}
