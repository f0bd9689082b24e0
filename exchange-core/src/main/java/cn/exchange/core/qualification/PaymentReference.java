package cn.exchange.core.qualification;

import java.util.Optional;

/**
 * The payment reference of one application: a virtual sub-account number of the exchange's settlement account (as
 * real exchanges issue per bidder and lot), {@code 8866} + a 10-digit application number + a Luhn check digit — 15
 * digits a bidder types into the bank's 附言 field, where one wrong digit is detected rather than matched elsewhere.
 */
public final class PaymentReference {

    static final String PREFIX = "8866";

    private PaymentReference() {
    }

    public static String of(long applicationId) {
        if (applicationId <= 0 || applicationId > 9_999_999_999L) {
            throw new IllegalArgumentException("application id out of range: " + applicationId);
        }
        String body = PREFIX + String.format("%010d", applicationId);
        return body + luhn(body);
    }

    /** The application id a reference names, if it is well formed and its check digit is right. */
    public static Optional<Long> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String digits = reference.replaceAll("[\\s-]", "");
        // the reference may be embedded in a longer remark: take the first 15-digit run that starts with the prefix
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("8866\\d{11}").matcher(digits);
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
