package cn.exchange.web.settlement;

import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The request bodies of the deals' resources ({@link DealResource}, {@link DealCertificateResource}). */
public final class DealRequests {

    private DealRequests() {
    }

    /** Rule 28's terms; {@code instalments} 0 = lump sum. {@code loanRatePct} absent: the configured loan rate. */
    public record ContractForm(String kind, Integer instalments, BigDecimal downPayment, LocalDate lastDueOn, BigDecimal loanRatePct,
                               String guarantee) {

        /** The template kind asked for; null keeps the one the deal was opened with. */
        ContractTemplate.Kind templateKind() {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return ContractTemplate.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new DomainException("kind", "common.invalid");
            }
        }

        /** The payment plan asked for (the price is the deal's: a lump sum's amount is filled in by the deal). */
        PaymentPlan plan() {
            int n = instalments == null ? 0 : instalments;
            return n == 0 ? PaymentPlan.lumpSum(BigDecimal.ONE)
                    : new PaymentPlan(n, Amounts.cny("downPayment", downPayment, true), lastDueOn, loanRatePct, guarantee);
        }
    }

    /** A deal status named in a query, refused on {@code status} when it names none. */
    static Deal.Status status(String s) {
        try {
            return Deal.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new DomainException("status", "common.invalid");
        }
    }

    public record Signature(String sha256) {
    }

    public record Reason(String reason) {
    }

    public record Payout(String payeeAccount) {
    }

    public record Decision(Boolean forfeit, String reason, OffsetDateTime newSignDeadline) {

        /** Whether the decision forfeits; refused on {@code forfeit} when the body or the choice is missing. */
        static boolean forfeit(Decision d) {
            if (d == null || d.forfeit() == null) {
                throw new DomainException("forfeit", "common.required");
            }
            return d.forfeit();
        }
    }

    /** A forfeited deal's relisting: the new listing price, whether only the price changed, a price approval's id. */
    public record Relisting(BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
    }
}
