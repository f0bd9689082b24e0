package cn.exchange.core.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How the price of one {@link Deal} is paid (rules 27, 28): the prepared contract's {@link PaymentPlan}, and from the
 * first payment's due date on, its schedule and the interest it carries. Part of the deal. Its {@code instalments} and
 * {@code interest} columns are never null (0 and 0.00 from the deal's opening), so JPA always loads it.
 */
@Embeddable
public class PaymentTerms {

    @Column(nullable = false)
    private int instalments;
    @Column(name = "down_payment", precision = 15, scale = 2)
    private BigDecimal downPayment;
    @Column(name = "last_due_on")
    private LocalDate lastDueOn;
    @Column(name = "loan_rate_pct", precision = 6, scale = 3)
    private BigDecimal loanRatePct;
    @Column(length = 500)
    private String guarantee;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal interest;
    @Column(name = "first_due_on")
    private LocalDate firstDueOn;

    protected PaymentTerms() {
    }

    /** A new deal's terms: a lump sum, no interest, nothing scheduled. */
    static PaymentTerms lumpSum() {
        PaymentTerms t = new PaymentTerms();
        t.interest = BigDecimal.ZERO.setScale(2);
        return t;
    }

    /**
     * The contract's plan, validated against rule 28 already: with instalments the down payment is at least the
     * {@code deposit} that converts into it, or the plan is refused unchanged. A lump sum keeps neither down payment nor rate.
     */
    void agree(PaymentPlan p, BigDecimal deposit) {
        if (p.instalments() > 0 && p.downPayment().compareTo(deposit) < 0) {
            throw new DomainException("downPayment", "settlement.downPayment", deposit);
        }
        instalments = p.instalments();
        downPayment = p.instalments() == 0 ? null : p.downPayment();
        lastDueOn = p.lastDueOn();
        loanRatePct = p.instalments() == 0 ? null : p.loanRatePct();
        guarantee = p.guarantee();
    }

    PaymentPlan plan(BigDecimal price) {
        return instalments == 0 ? PaymentPlan.lumpSum(price) : new PaymentPlan(instalments, downPayment, lastDueOn, loanRatePct, guarantee);
    }

    /**
     * Rule 28: the prepared plan stays valid when the contract takes effect as late as a new signing deadline lets it:
     * {@code latestFirstDue} is the down payment's due date then ({@link SettlementRules#latestFirstPaymentDue}). A
     * deadline too late is refused on {@code field}: the contract, signed by one side already, can no longer be prepared again.
     */
    void requireFitsFirstDue(BigDecimal price, LocalDate latestFirstDue, String field) {
        try {
            plan(price).requireFitsFirstDue(latestFirstDue);
        } catch (DomainException e) {
            throw new DomainException(e.problems().stream().map(p -> p.withField(field)).toList());
        }
    }

    /**
     * The first payment's due date: the schedule and the interest it carries follow from it (rule 27). When that date
     * falls in a year whose calendar is not entered yet, the schedule awaits it and the deal sets it later.
     */
    void scheduleFrom(LocalDate firstDue, BigDecimal price) {
        firstDueOn = firstDue;
        interest = plan(price).interest(price, firstDue);
    }

    boolean scheduled() {
        return firstDueOn != null;
    }

    /** With instalments the interest is known only with the schedule: the buyer's money waits until it is. */
    boolean interestUnknown() {
        return instalments > 0 && firstDueOn == null;
    }

    /** The payment schedule once its first due date is known; empty before. */
    List<PaymentPlan.Due> schedule(BigDecimal price) {
        return firstDueOn == null ? List.of() : plan(price).schedule(price, firstDueOn);
    }

    /**
     * Rules 27, 28: the first payment of the schedule due (at the cut-off of its day) at {@code now} and not covered by
     * {@code received}, the money applied to the price so far, as the reason of a default; or null.
     */
    String latePayment(BigDecimal price, BigDecimal received, OffsetDateTime now) {
        BigDecimal dueSoFar = BigDecimal.ZERO;
        for (PaymentPlan.Due due : schedule(price)) {
            if (!now.isAfter(due.dueOn().atTime(SettlementRules.CUT_OFF).atZone(ExchangeTime.ZONE).toOffsetDateTime())) {
                break;
            }
            dueSoFar = dueSoFar.add(due.total());
            if (received.compareTo(dueSoFar) < 0) {
                return "第 " + due.no() + " 期价款（到期日 " + due.dueOn() + "，累计应付 " + CnyFormat.yuan(dueSoFar)
                        + "）逾期未付，已付 " + CnyFormat.yuan(received) + "（规则27/28）";
            }
        }
        return null;
    }

    public BigDecimal getInterest() { return interest; }
    public LocalDate getFirstDueOn() { return firstDueOn; }
}
