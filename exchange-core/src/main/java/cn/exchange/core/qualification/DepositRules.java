package cn.exchange.core.qualification;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;

/**
 * How a bank credit is matched to an application's deposit (docs/rules.md §1.4, rule 16): the reference names the
 * application; the payer's name equals the bidder's (after normalising width, spaces and brackets — banks print
 * "（" or "(" alike); the amount is at least the deposit; it arrived by the deadline. The first reason that fails is
 * the answer; the credit is then kept unmatched for the clerk, never dropped and never guessed.
 */
public final class DepositRules {

    private DepositRules() {
    }

    /** What the application expects. */
    public record Expected(String bidderName, BigDecimal deposit, OffsetDateTime deadline, boolean alreadyPaid) {
    }

    public static DepositMatch match(BankCredit credit, Expected expected) {
        if (expected == null) {
            return DepositMatch.UNKNOWN_REFERENCE;
        }
        if (expected.alreadyPaid()) {
            return DepositMatch.ALREADY_PAID;
        }
        if (!sameName(credit.payerName(), expected.bidderName())) {
            return DepositMatch.WRONG_PAYER;
        }
        if (credit.amount().compareTo(expected.deposit()) < 0) {
            return DepositMatch.SHORT;
        }
        if (credit.receivedAt().isAfter(expected.deadline())) {
            return DepositMatch.LATE;
        }
        return DepositMatch.MATCHED;
    }

    /** Names compared as a bank clerk would: full-width folded to half-width, spaces and bracket styles ignored. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").replace('（', '(').replace('）', ')')
                .toUpperCase(java.util.Locale.ROOT);
    }
}
