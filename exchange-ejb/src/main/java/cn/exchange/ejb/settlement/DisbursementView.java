package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.settlement.Disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A refund or payout and where it stands (instructed, in a bank batch, paid — from the statement).
 *
 * @param dueAwaiting the year whose calendar the due date awaits (rule 1), or null when it is counted
 */
public record DisbursementView(long id, String reference, String kind, Long applicationId, Long dealId, long lotId,
                               String payeeName, String payeeAccount, BigDecimal amount, LocalDate dueOn, Integer dueAwaiting,
                               String status, String batchNo, String bankTransactionId, OffsetDateTime paidAt) {

    public static DisbursementView of(Disbursement d, WorkingDayCalendar calendar) {
        return new DisbursementView(d.getId(), d.reference(), d.getKind().name(), d.getApplicationId(), d.getDealId(),
                d.getLotId(), d.getPayeeName(), d.getPayeeAccount(), d.getAmount(), d.getDueOn(),
                d.getDueOn() == null ? calendar.awaitingYear(ExchangeTime.day(d.getInstructedAt())) : null, d.getStatus().name(),
                d.getBatchNo(), d.getBankTransactionId(), d.getPaidAt());
    }

    /** The same refund as another bidder may see it: no name, no account. */
    public DisbursementView anonymous() {
        return new DisbursementView(id, reference, kind, null, dealId, lotId, "—", null, amount, dueOn, dueAwaiting, status, null, null,
                paidAt);
    }
}
