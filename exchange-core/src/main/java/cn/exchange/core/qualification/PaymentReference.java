package cn.exchange.core.qualification;

import java.util.Optional;

/**
 * The payment reference of one application: a virtual sub-account number of the exchange's settlement account (as
 * real exchanges issue per bidder and lot), {@code 8866} + a 10-digit application number + a Luhn check digit — 15
 * digits a bidder types into the bank's 附言 field, where one wrong digit is detected rather than matched elsewhere.
 * A deal's price payments use {@code 8867} + the deal number, and the exchange's own disbursements (refunds, payouts)
 * {@code 8868} + the instruction number, so that the bank statement's debits come back to the instruction they paid.
 */
public final class PaymentReference {

    static final String PREFIX = "8866";
    static final String DEAL = "8867";
    static final String DISBURSEMENT = "8868";

    private PaymentReference() {
    }

    public static String of(long applicationId) {
        return of(PREFIX, applicationId);
    }

    /** The reference a buyer quotes when paying a deal's price (and its fee). */
    public static String ofDeal(long dealId) {
        return of(DEAL, dealId);
    }

    /** The reference the exchange quotes on a refund or payout it instructs. */
    public static String ofDisbursement(long instructionId) {
        return of(DISBURSEMENT, instructionId);
    }

    private static String of(String prefix, long id) {
        if (id <= 0 || id > 9_999_999_999L) {
            throw new IllegalArgumentException("id out of range: " + id);
        }
        String body = prefix + String.format("%010d", id);
        return body + luhn(body);
    }

    /** The application id a reference names, if it is well formed and its check digit is right. */
    public static Optional<Long> parse(String reference) {
        return parse(PREFIX, reference);
    }

    /** The deal a price payment's reference names. */
    public static Optional<Long> parseDeal(String reference) {
        return parse(DEAL, reference);
    }

    /** The refund or payout instruction a statement debit's reference names. */
    public static Optional<Long> parseDisbursement(String reference) {
        return parse(DISBURSEMENT, reference);
    }

    private static Optional<Long> parse(String prefix, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String digits = reference.replaceAll("[\\s-]", "");
        // the reference may be embedded in a longer remark: take the first 15-digit run that starts with the prefix
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(prefix + "\\d{11}").matcher(digits);
        while (m.find()) {
            String r = m.group();
            if (luhn(r.substring(0, 14)) == r.charAt(14)) {
                return Optional.of(Long.parseLong(r.substring(4, 14)));
            }
        }
        return Optional.empty();
    }

    static char luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
