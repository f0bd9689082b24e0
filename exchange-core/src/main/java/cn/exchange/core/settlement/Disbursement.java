package cn.exchange.core.settlement;

import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Money the exchange pays out of its settlement account: a losing bidder's deposit refund (docs/rules.md §1.4: to the
 * account it came from, without interest, within [3] working days of the result), a buyer's overpayment, or the
 * price paid out to the transferor. Instructed → put in a bank batch file → paid when the bank statement shows the
 * debit quoting its reference. A deposit is refunded once: one refund per application, ever (also a unique index).
 */
@Entity
@Table(name = "disbursement")
@NamedQueries({
        @NamedQuery(name = "Disbursement.all",
                query = "select d from Disbursement d"
                        + " order by d.status, d.dueOn, d.id desc"),
        @NamedQuery(name = "Disbursement.countOfLot",
                query = "select count(d) from Disbursement d"
                        + " where d.lotId = :l"),
        @NamedQuery(name = "Disbursement.idOfApplicationAndKind",
                query = "select d.id from Disbursement d"
                        + " where d.applicationId = :a and d.kind = :k"),
        @NamedQuery(name = "Disbursement.inStatus",
                query = "select d from Disbursement d"
                        + " where d.status = :s"
                        + " order by d.dueOn, d.id"),
        @NamedQuery(name = "Disbursement.ofBatch",
                query = "select d from Disbursement d"
                        + " where d.batchNo = :b"
                        + " order by d.dueOn, d.id"),
        @NamedQuery(name = "Disbursement.ofLot",
                query = "select x from Disbursement x"
                        + " where x.lotId = :l"
                        + " order by x.id"),
        @NamedQuery(name = "Disbursement.unpaidWithDueDate",
                query = "select x from Disbursement x"
                        + " where x.status <> :paid and x.dueOn is not null"
                        + " order by x.id")
})
public class Disbursement {

    /** {@code FORFEIT_PAYOUT}: deposits forfeited outside a deal, paid to the lot's transferor ({@link DepositForfeiture}). */
    public enum Kind { DEPOSIT_REFUND, BUYER_REFUND, PAYOUT, FORFEIT_PAYOUT }

    public enum Status { INSTRUCTED, IN_BATCH, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "deal_id")
    private Long dealId;
    @Column(name = "lot_id", nullable = false)
    private long lotId;
    @Column(name = "payee_name", nullable = false, length = 200)
    private String payeeName;
    @Column(name = "payee_account", length = 64)
    private String payeeAccount;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    /** Null while awaiting its year's calendar (rule 1). */
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;
    @Column(name = "batch_no", length = 32)
    private String batchNo;
    @Column(name = "bank_transaction_id", length = 64)
    private String bankTransactionId;
    @Column(name = "instructed_at", nullable = false)
    private OffsetDateTime instructedAt;
    @Column(name = "paid_at")
    private OffsetDateTime paidAt;
    @Version
    private long version;

    protected Disbursement() {
    }

    public Disbursement(Kind kind, Long applicationId, Long dealId, long lotId, String payeeName, String payeeAccount,
                        BigDecimal amount, LocalDate dueOn, OffsetDateTime now) {
        this.kind = kind;
        this.applicationId = applicationId;
        this.dealId = dealId;
        this.lotId = lotId;
        this.payeeName = payeeName;
        this.payeeAccount = payeeAccount;
        this.amount = amount;
        this.dueOn = dueOn;
        this.instructedAt = now;
        this.status = Status.INSTRUCTED;
    }

    /** The due date, once its year's calendar is there: an instruction made while it awaited the calendar gets it now. */
    public void dueBy(LocalDate due) {
        if (dueOn != null) {
            throw new ConflictException("settlement.alreadyDue", reference());
        }
        dueOn = due;
    }

    /** The account the money leaves when the instruction is made: the deposit, the buyer's money, or the transferor's. */
    public Posting instructed() {
        String from = switch (kind) {
            case DEPOSIT_REFUND -> Ledger.deposit(applicationId);
            case BUYER_REFUND -> Ledger.buyer(dealId);
            case PAYOUT -> Ledger.transferor(dealId);
            case FORFEIT_PAYOUT -> Ledger.forfeited(lotId);
        };
        return Posting.move(kind.name(), "instructed to " + payeeName, from, Ledger.IN_TRANSIT, amount);
    }

    public void batched(String batchNo) {
        if (status != Status.INSTRUCTED) {
            throw new ConflictException("settlement.alreadyBatched", reference());
        }
        this.status = Status.IN_BATCH;
        this.batchNo = batchNo;
    }

    /** What a debit on the bank statement is to the exchange's instructions (recorded as {@code bank_debit.outcome}). */
    public enum DebitMatch {
        /** The debit pays this instruction: {@link #paid} follows. */
        PAID,
        /** The reference names no instruction of the exchange (a bank fee, a payment not instructed here). */
        UNKNOWN_REFERENCE,
        /** The instruction was paid before: a second debit for it is for staff to investigate. */
        ALREADY_PAID,
        /** The debit's amount differs from the instruction's. */
        WRONG_AMOUNT
    }

    /**
     * Matches a statement debit quoting {@code instruction}'s reference (null when the reference names none): it pays
     * the instruction only if that is unpaid and the amounts are equal to the cent.
     */
    public static DebitMatch match(Disbursement instruction, BigDecimal debited) {
        if (instruction == null) {
            return DebitMatch.UNKNOWN_REFERENCE;
        }
        if (instruction.status == Status.PAID) {
            return DebitMatch.ALREADY_PAID;
        }
        return instruction.amount.compareTo(debited) != 0 ? DebitMatch.WRONG_AMOUNT : DebitMatch.PAID;
    }

    /** The bank statement shows the debit: the money has left the settlement account. Once only. */
    public Posting paid(String bankTransactionId, BigDecimal debited, OffsetDateTime at) {
        if (status == Status.PAID) {
            throw new ConflictException("settlement.alreadyPaid", reference());
        }
        if (debited.compareTo(amount) != 0) {
            throw new ConflictException("settlement.debitAmount", reference(), amount.toPlainString(), debited.toPlainString());
        }
        this.status = Status.PAID;
        this.bankTransactionId = bankTransactionId;
        this.paidAt = at;
        return Posting.move(kind.name() + "_PAID", "bank " + bankTransactionId, Ledger.IN_TRANSIT, Ledger.BANK, amount);
    }

    /** The reference the bank batch quotes and the statement's debit returns. */
    public String reference() {
        return PaymentReference.ofDisbursement(id);
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Long getApplicationId() { return applicationId; }
    public Long getDealId() { return dealId; }
    public long getLotId() { return lotId; }
    public String getPayeeName() { return payeeName; }
    public String getPayeeAccount() { return payeeAccount; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public String getBatchNo() { return batchNo; }
    public String getBankTransactionId() { return bankTransactionId; }
    public OffsetDateTime getInstructedAt() { return instructedAt; }
    public OffsetDateTime getPaidAt() { return paidAt; }
}
