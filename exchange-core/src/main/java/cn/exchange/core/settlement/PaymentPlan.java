package cn.exchange.core.settlement;

import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.Punctuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How the price is paid (Order 32 Art. 28; rules 27, 28), computed and scheduled from the day the contract takes
 * effect:
 * <ul>
 *   <li><b>lump sum</b>: the whole price (less the deposit already converted into it) within
 *       {@link SettlementRules#PAYMENT_WD} working days;</li>
 *   <li><b>instalments</b> (not for asset transfers): at least 30 % down within the same working days, the balance in
 *       1–4 equal parts, the last within one year of the contract taking effect, secured by a guarantee the
 *       transferor accepts, with simple interest at the bank-loan rate on the outstanding balance, actual days / 365,
 *       from the down payment's due date to each part's due date, rounded half-up to the fen.</li>
 * </ul>
 * The deposit converts into the first payment (the down payment, or the lump sum).
 *
 * @param instalments  0 for a lump sum; otherwise the number of balance parts (1–4)
 * @param downPayment  the down payment for instalments (≥ 30 % of the price); the price for a lump sum
 * @param lastDueOn    the last part's due date (≤ one year after the contract takes effect); null for a lump sum
 * @param loanRatePct  the bank-loan rate in percent a year (e.g. the one-year LPR)
 * @param guarantee    who guarantees the balance and how (required for instalments)
 */
public record PaymentPlan(int instalments, BigDecimal downPayment, LocalDate lastDueOn, BigDecimal loanRatePct,
                          String guarantee) {

    public static final BigDecimal MIN_DOWN_SHARE = new BigDecimal("0.30");
    private static final BigDecimal DAYS_A_YEAR = new BigDecimal(365);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** One due payment: the principal and the interest that fall due on a day. */
    public record Due(int no, LocalDate dueOn, BigDecimal principal, BigDecimal interest) {
        public BigDecimal total() {
            return principal.add(interest);
        }
    }

    public static PaymentPlan lumpSum(BigDecimal price) {
        return new PaymentPlan(0, price, null, BigDecimal.ZERO, null);
    }

    /**
     * Checks the plan against rule 28 for a deal at {@code price} whose contract takes effect on {@code effectiveOn} at
     * the earliest; {@link #validate(BigDecimal, TransactionType, LocalDate, LocalDate)} without a known first due date.
     */
    public PaymentPlan validate(BigDecimal price, TransactionType type, LocalDate effectiveOn) {
        return validate(price, type, effectiveOn, null);
    }

    /**
     * Checks the plan against rule 28 for a deal at {@code price}:
     * <ul>
     *   <li>the last part within one year of {@code effectiveOn}, the earliest day the contract can take effect (the
     *       day it is prepared);</li>
     *   <li>each part after the one before it, the first of them after the down payment's due date: the last part no
     *       earlier than {@code latestFirstDue} + one day per part, where {@code latestFirstDue} is the latest the down
     *       payment can fall due (the payment working days after the signing deadline, {@link
     *       SettlementRules#latestFirstPaymentDue}) — so the schedule holds whenever within the signing period the
     *       contract takes effect. Unknown (its year's calendar not entered): the payment days counted as calendar days
     *       after {@code effectiveOn}, the least they can be, and {@link #schedule} checks again with the real date;</li>
     *   <li>a positive rate, so that no part's interest is negative and the buyer never owes less than the price.</li>
     * </ul>
     */
    public PaymentPlan validate(BigDecimal price, TransactionType type, LocalDate effectiveOn, LocalDate latestFirstDue) {
        if (instalments == 0) {
            return lumpSum(price);
        }
        if (type == TransactionType.ASSET_TRANSFER) {
            throw new DomainException("instalments", "settlement.lumpSumOnly");
        }
        if (instalments < 1 || instalments > 4) {
            throw new DomainException("instalments", "settlement.instalmentCount");
        }
        if (downPayment == null || downPayment.compareTo(price.multiply(MIN_DOWN_SHARE)) < 0 || downPayment.compareTo(price) >= 0) {
            throw new DomainException("downPayment", "settlement.downPayment", price.multiply(MIN_DOWN_SHARE).setScale(2, RoundingMode.UP));
        }
        if (lastDueOn == null || lastDueOn.isAfter(effectiveOn.plusYears(1)) || !lastDueOn.isAfter(effectiveOn)) {
            throw new DomainException("lastDueOn", "settlement.balanceWithinAYear", effectiveOn.plusYears(1));
        }
        requirePartsAfterFirstPayment(latestFirstDue != null ? latestFirstDue : effectiveOn.plusDays(SettlementRules.PAYMENT_WD));
        if (guarantee == null || Punctuation.withoutClosing(guarantee).isBlank()) {
            throw new DomainException("guarantee", "settlement.guaranteeRequired");
        }
        if (loanRatePct == null || loanRatePct.signum() <= 0 || loanRatePct.compareTo(new BigDecimal(20)) > 0) {
            throw new DomainException("loanRatePct", "settlement.loanRate");
        }
        // the guarantee is a phrase the contract quotes inside its own sentence ("……提供担保：<guarantee>。")
        return new PaymentPlan(instalments, downPayment.setScale(2, RoundingMode.UNNECESSARY), lastDueOn, loanRatePct,
                Punctuation.withoutClosing(guarantee.strip()));
    }

    /**
     * Rule 28 for a plan already prepared, when the contract may take effect later than it was checked for (staff move
     * the signing deadline): the parts still follow a down payment due as late as {@code latestFirstDue}.
     */
    public void requireFitsFirstDue(LocalDate latestFirstDue) {
        if (instalments > 0) {
            requirePartsAfterFirstPayment(latestFirstDue);
        }
    }

    /**
     * Rule 28: the balance parts fall due one after another after the down payment's due date {@code firstDue} — the
     * last at least one day per part after it (the parts are spread evenly up to {@link #lastDueOn}), so every part
     * carries interest for at least a day and none for a negative number of days.
     */
    private void requirePartsAfterFirstPayment(LocalDate firstDue) {
        LocalDate earliestLast = firstDue.plusDays(instalments);
        if (lastDueOn.isBefore(earliestLast)) {
            throw new DomainException("lastDueOn", "settlement.partsAfterFirstPayment", instalments, firstDue.toString(),
                    earliestLast.toString());
        }
    }

    /**
     * The schedule: the first payment on {@code firstDue} (the payment working days after the contract took effect,
     * {@link SettlementRules#paymentDue}), then the balance parts (the last on {@link #lastDueOn}, the others evenly
     * spaced before it), each with its interest.
     */
    public List<Due> schedule(BigDecimal price, LocalDate firstDue) {
        List<Due> dues = new ArrayList<>();
        if (instalments == 0) {
            dues.add(new Due(1, firstDue, price, BigDecimal.ZERO.setScale(2)));
            return dues;
        }
        requirePartsAfterFirstPayment(firstDue);
        dues.add(new Due(1, firstDue, downPayment, BigDecimal.ZERO.setScale(2)));
        BigDecimal balance = price.subtract(downPayment);
        BigDecimal part = balance.divide(new BigDecimal(instalments), 2, RoundingMode.DOWN);
        long span = ChronoUnit.DAYS.between(firstDue, lastDueOn);
        LocalDate previous = firstDue;
        BigDecimal outstanding = balance;
        for (int i = 1; i <= instalments; i++) {
            LocalDate due = i == instalments ? lastDueOn : firstDue.plusDays(span * i / instalments);
            BigDecimal principal = i == instalments ? outstanding : part;
            long days = ChronoUnit.DAYS.between(previous, due);
            BigDecimal interest = outstanding.multiply(loanRatePct).multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(DAYS_A_YEAR), 2, RoundingMode.HALF_UP);
            dues.add(new Due(i + 1, due, principal, interest));
            outstanding = outstanding.subtract(principal);
            previous = due;
        }
        return dues;
    }

    /** The total interest of the schedule. */
    public BigDecimal interest(BigDecimal price, LocalDate firstDue) {
        return schedule(price, firstDue).stream().map(Due::interest).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
