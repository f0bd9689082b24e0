package cn.exchange.core.qualification;

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

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A credit on the settlement account as the exchange keeps it: the bank's line, and what became of it. */
@Entity
@Table(name = "bank_credit")
@NamedQueries({
        @NamedQuery(name = "CreditRecord.byBankTransaction",
                query = "select c from CreditRecord c"
                        + " where c.bankTransactionId = :t"),
        @NamedQuery(name = "CreditRecord.idByBankTransaction",
                query = "select c.id from CreditRecord c"
                        + " where c.bankTransactionId = :t"),
        @NamedQuery(name = "CreditRecord.knownBankTransactions",
                query = "select c.bankTransactionId from CreditRecord c"
                        + " where c.bankTransactionId in :t"),
        @NamedQuery(name = "CreditRecord.ofApplicationWithOutcome",
                query = "select c from CreditRecord c"
                        + " where c.applicationId = :a and c.outcome = :m"),
        @NamedQuery(name = "CreditRecord.payerAccountsOfApplication",
                query = "select c.payerAccount from CreditRecord c"
                        + " where c.applicationId = :a and c.payerAccount is not null"),
        @NamedQuery(name = "CreditRecord.payerAccountsOfDeal",
                query = "select c.payerAccount from CreditRecord c"
                        + " where c.dealId = :d"
                        + " order by c.id desc"),
        @NamedQuery(name = "CreditRecord.unmatched",
                query = "select c from CreditRecord c"
                        + " where c.outcome not in (cn.exchange.core.qualification.DepositMatch.MATCHED,"
                        + " cn.exchange.core.qualification.DepositMatch.DEAL_PAYMENT)"
                        + " order by c.id desc")
})
public class CreditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_transaction_id", nullable = false, unique = true, length = 64)
    private String bankTransactionId;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "payer_name", nullable = false, length = 200)
    private String payerName;

    @Column(name = "payer_account", length = 64)
    private String payerAccount;

    @Column(length = 200)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DepositMatch outcome;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(nullable = false, length = 10)
    private String source;

    @Column(name = "manual_reason", length = 500)
    private String manualReason;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected CreditRecord() {
    }

    public CreditRecord(BankCredit c, DepositMatch outcome, Long applicationId, String manualReason, OffsetDateTime now, String by) {
        this.bankTransactionId = c.bankTransactionId();
        this.receivedAt = c.receivedAt();
        this.amount = c.amount();
        this.payerName = c.payerName();
        this.payerAccount = c.payerAccount();
        this.reference = c.reference() == null ? null : c.reference().length() > 200 ? c.reference().substring(0, 200) : c.reference();
        this.outcome = outcome;
        this.applicationId = applicationId;
        this.source = manualReason == null ? "STATEMENT" : "MANUAL";
        this.manualReason = manualReason;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    /** The deal this credit paid (a price payment). */
    public void forDeal(long dealId) {
        this.dealId = dealId;
    }

    public Long getDealId() { return dealId; }
    public Long getId() { return id; }
    public String getBankTransactionId() { return bankTransactionId; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public BigDecimal getAmount() { return amount; }
    public String getPayerName() { return payerName; }
    public String getPayerAccount() { return payerAccount; }
    public String getReference() { return reference; }
    public DepositMatch getOutcome() { return outcome; }
    public Long getApplicationId() { return applicationId; }
    public String getSource() { return source; }
    public String getManualReason() { return manualReason; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
