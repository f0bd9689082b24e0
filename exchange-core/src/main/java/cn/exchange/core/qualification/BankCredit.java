package cn.exchange.core.qualification;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One credit on the exchange's settlement account, as the bank reports it.
 *
 * @param bankTransactionId the bank's own id of the line (流水号): the same line imported twice is the same credit
 * @param reference         the payment reference the payer wrote (附言), normally the application's virtual account
 */
public record BankCredit(String bankTransactionId, OffsetDateTime receivedAt, BigDecimal amount, String payerName,
                         String payerAccount, String reference) {
}
