package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.CreditRecord;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A credit on the settlement account and what became of it. */
public record CreditView(long id, String bankTransactionId, OffsetDateTime receivedAt, BigDecimal amount, String payerName,
                         String payerAccount, String reference, String outcome, Long applicationId, String source,
                         String manualReason) {

    static CreditView of(CreditRecord c) {
        return new CreditView(c.getId(), c.getBankTransactionId(), c.getReceivedAt(), c.getAmount(), c.getPayerName(),
                c.getPayerAccount(), c.getReference(), c.getOutcome().name(), c.getApplicationId(), c.getSource(), c.getManualReason());
    }
}
