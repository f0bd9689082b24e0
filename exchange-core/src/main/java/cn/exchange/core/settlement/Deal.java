package cn.exchange.core.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.qualification.DepositRules;
import cn.exchange.core.settlement.FeeTable.Method;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One transaction after its buyer is determined (by auction or as a negotiated transfer): the contract, the money and
 * the certificate (docs/rules.md §1.4, §1.6; rules 26–33). Every method that moves money returns the ledger
 * {@link Posting}s it causes; the caller books them. The life of a deal:
 * <pre>
 * SIGNING --both sides sign--> PAYING --price, interest and both fees in--> PAID --certificate--> CERTIFIED
 *    \______ deadline missed (rule 26, 27) ______/--> DEFAULTED --staff: forfeit--> FORFEITED
 *                                                             \--staff: dismiss with reason--> back, new deadline
 * </pre>
 */
@Entity
@Table(name = "deal")
public class Deal {

    /** Where a deal stands. */
    public enum Status { SIGNING, PAYING, PAID, CERTIFIED, DEFAULTED, FORFEITED }

    /** Who signs. */
    public enum Party { BUYER, SELLER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lot_id", nullable = false, unique = true)
    private long lotId;
    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Method method;
    @Column(name = "buyer_party_id", nullable = false)
    private long buyerPartyId;
    @Column(name = "buyer_application_id", nullable = false)
    private long buyerApplicationId;
    @Column(name = "seller_party_id", nullable = false)
    private long sellerPartyId;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal price;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal deposit;
    @Column(name = "buyer_fee", nullable = false, precision = 15, scale = 2)
    private BigDecimal buyerFee;
    @Column(name = "seller_fee", nullable = false, precision = 15, scale = 2)
    private BigDecimal sellerFee;
    @Column(name = "fee_table", nullable = false, length = 20)
    private String feeTable;
    @Column(name = "determined_at", nullable = false)
    private OffsetDateTime determinedAt;
    /** Null while awaiting its year's calendar. */
    @Column(name = "sign_deadline")
    private OffsetDateTime signDeadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_kind", length = 20)
    private ContractTemplate.Kind contractKind;
    @Column(name = "contract_sha256", length = 64)
    private String contractSha256;
    @Column(name = "buyer_signed_at")
    private OffsetDateTime buyerSignedAt;
    @Column(name = "seller_signed_at")
    private OffsetDateTime sellerSignedAt;
    @Column(name = "signed_sha256", length = 64)
    private String signedSha256;
    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;
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
    @Column(name = "price_received", nullable = false, precision = 15, scale = 2)
    private BigDecimal priceReceived;
    @Column(name = "buyer_fee_paid", nullable = false, precision = 15, scale = 2)
    private BigDecimal buyerFeePaid;
    @Column(name = "seller_fee_paid", nullable = false)
    private boolean sellerFeePaid;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_default", length = 12)
    private Status statusBeforeDefault;
    @Column(name = "default_reason", length = 500)
    private String defaultReason;
    @Column(name = "certified_at")
    private OffsetDateTime certifiedAt;
    @Column(name = "paid_out", nullable = false)
    private boolean paidOut;
    @Version
    private long version;

    protected Deal() {
    }

    /** Rules 18, 20, 26: the deal at the winning (or negotiated) price; the contract to be signed by the deadline. */
    /**
     * The deal of a sold lot (docs/rules.md §1.4, rules 26, 32): sold by auction or negotiated transfer at the outcome's
     * price to {@code winner}; each side's fee from {@code fees} by the lot's subject and the method; the deposit that
     * converts is what the settlement account holds for the winner ({@code held}), never more than the price.
     */
    public static Deal ofSale(Lot lot, Application winner, BigDecimal held, FeeTable fees, OffsetDateTime now, OffsetDateTime signBy) {
        boolean auction = lot.getStatus() == ListingStatus.AUCTION_SOLD;
        BigDecimal price = auction ? lot.getOutcome().auctionPrice() : lot.getOutcome().negotiatedPrice();
        Method method = auction ? Method.BIDDING : Method.NEGOTIATED;
        FeeTable.Subject subject = FeeTable.Subject.of(lot.getProject().getCategory(), lot.isAnnualPrice());
        return new Deal(lot.getId(), lot.getProject().getId(), method, winner.getBidderPartyId(), winner.getId(),
                lot.getProject().getAgencyPartyId(), price, held.max(BigDecimal.ZERO).min(price).setScale(2),
                fees.fee(subject, method, FeeTable.Side.BUYER, price, lot.getListingPrice(), lot.getTermYears()),
                fees.fee(subject, method, FeeTable.Side.SELLER, price, lot.getListingPrice(), lot.getTermYears()), fees.name(),
                now, signBy);
    }

    public Deal(long lotId, long projectId, Method method, long buyerPartyId, long buyerApplicationId, long sellerPartyId,
                BigDecimal price, BigDecimal deposit, FeeTable.Fee buyerFee, FeeTable.Fee sellerFee, String feeTable,
                OffsetDateTime determinedAt, OffsetDateTime signDeadline) {
        this.lotId = lotId;
        this.projectId = projectId;
        this.method = method;
        this.buyerPartyId = buyerPartyId;
        this.buyerApplicationId = buyerApplicationId;
        this.sellerPartyId = sellerPartyId;
        this.price = price;
        this.deposit = deposit;
        this.buyerFee = buyerFee.amount();
        this.sellerFee = sellerFee.amount();
        this.feeTable = feeTable;
        this.determinedAt = determinedAt;
        this.signDeadline = signDeadline;
        this.interest = BigDecimal.ZERO.setScale(2);
        this.priceReceived = BigDecimal.ZERO.setScale(2);
        this.buyerFeePaid = BigDecimal.ZERO.setScale(2);
        this.status = Status.SIGNING;
    }

    /**
     * A bank credit quoting {@code deal}'s reference (8867…; null when the reference names no deal): booked to the deal
     * only from the buyer itself, its name compared as deposits compare theirs (rule 16: no third-party payments,
     * {@link DepositRules#sameName}); a forfeited deal takes no more money. Anything else waits for the clerk.
     */
    public static DepositMatch matchPayment(Deal deal, String buyerName, BankCredit credit) {
        if (deal == null || deal.status == Status.FORFEITED) {
            return DepositMatch.UNKNOWN_REFERENCE;
        }
        return DepositRules.sameName(credit.payerName(), buyerName) ? DepositMatch.DEAL_PAYMENT : DepositMatch.WRONG_PAYER;
    }

    /** Docs/rules.md §1.4: the winner's deposit is the buyer's money on this deal from the start. */
    public Posting convertDeposit() {
        return Posting.move("DEPOSIT_CONVERTED", "winner's deposit converts into the price",
                Ledger.deposit(buyerApplicationId), Ledger.buyer(id), deposit);
    }

    /** {@link #prepareContract(ContractTemplate.Kind, PaymentPlan, TransactionType, String, LocalDate, LocalDate)}, the first due date not known. */
    public void prepareContract(ContractTemplate.Kind kind, PaymentPlan plan, TransactionType type, String pdfSha256,
                                LocalDate today) {
        prepareContract(kind, plan, type, pdfSha256, today, null);
    }

    /**
     * Staff prepare (or, before anyone signed, re-prepare) the contract: its kind, payment plan and the PDF's hash. The
     * plan is checked against rule 28 with {@code latestFirstDue}, the latest the down payment can fall due
     * ({@link SettlementRules#latestFirstPaymentDue} of the signing deadline; null while that is not countable).
     */
    public void prepareContract(ContractTemplate.Kind kind, PaymentPlan plan, TransactionType type, String pdfSha256,
                                LocalDate today, LocalDate latestFirstDue) {
        requireStatus(Status.SIGNING);
        if (!mayPrepare()) {
            throw new ConflictException("contract.alreadySigned");
        }
        PaymentPlan p = plan.validate(price, type, today, latestFirstDue);
        if (p.instalments() > 0 && p.downPayment().compareTo(deposit) < 0) {
            throw new DomainException("downPayment", "settlement.downPayment", deposit);
        }
        contractKind = kind;
        instalments = p.instalments();
        downPayment = p.instalments() == 0 ? null : p.downPayment();
        lastDueOn = p.lastDueOn();
        loanRatePct = p.instalments() == 0 ? null : p.loanRatePct();
        guarantee = p.guarantee();
        contractSha256 = pdfSha256;
    }

    /** Rule 26: staff prepare (or re-prepare) the contract while the deal is signing and neither side has signed. */
    public boolean mayPrepare() {
        return status == Status.SIGNING && buyerSignedAt == null && sellerSignedAt == null;
    }

    /**
     * Rule 26: {@code party} may sign now — the deal is signing, the contract is prepared, the signing deadline has not
     * passed and that side has not signed yet. {@link #sign} refuses exactly when this is false, each case with its reason.
     */
    public boolean maySign(Party party, OffsetDateTime now) {
        return status == Status.SIGNING && contractSha256 != null && (signDeadline == null || !now.isAfter(signDeadline))
                && (party == Party.BUYER ? buyerSignedAt : sellerSignedAt) == null;
    }

    /**
     * One side confirms the contract whose hash it was shown (rule 26). Signing closes at the deadline. Returns true
     * when this signature made the contract effective: then the payment schedule starts and the buyer's money so far
     * (the deposit) is applied.
     */
    public boolean sign(Party party, String shownSha256, OffsetDateTime now) {
        requireStatus(Status.SIGNING);
        if (contractSha256 == null) {
            throw new ConflictException("contract.notPrepared");
        }
        if (!contractSha256.equals(shownSha256)) {
            throw new ConflictException("contract.changedSinceShown");
        }
        if (signDeadline != null && now.isAfter(signDeadline)) {
            throw new ConflictException("contract.signingClosed");
        }
        if ((party == Party.BUYER ? buyerSignedAt : sellerSignedAt) != null) {
            throw new ConflictException("contract.alreadySignedByYou");
        }
        if (party == Party.BUYER) {
            buyerSignedAt = now;
        } else {
            sellerSignedAt = now;
        }
        return buyerSignedAt != null && sellerSignedAt != null;
    }

    /**
     * Both signed: the signed PDF's hash, and the schedule from the first payment's due date (rule 27) with the interest
     * it carries — or, when that date falls in a year whose calendar is not entered yet, a schedule awaiting it
     * ({@code firstDue} null; {@link #scheduleFrom} completes it).
     */
    public void takeEffect(String signedPdfSha256, OffsetDateTime now, LocalDate firstDue) {
        signedSha256 = signedPdfSha256;
        effectiveAt = now;
        status = Status.PAYING;
        if (firstDue != null) {
            scheduleFrom(firstDue);
        }
    }

    /** The first payment's due date, once its year's calendar is there: the schedule and its interest follow from it. */
    public void scheduleFrom(LocalDate firstDue) {
        if (effectiveAt == null || firstDueOn != null) {
            throw new ConflictException("settlement.wrongStatus", status.name());
        }
        firstDueOn = firstDue;
        interest = plan().interest(price, firstDue);
    }

    /** Whether the payment schedule waits for its year's calendar (the contract is effective, the first due date not known). */
    public boolean scheduleAwaitingCalendar() {
        return effectiveAt != null && firstDueOn == null;
    }

    /** The payment schedule, once the contract is effective and its first due date known; empty before. */
    public List<PaymentPlan.Due> schedule() {
        return firstDueOn == null ? List.of() : plan().schedule(price, firstDueOn);
    }

    /**
     * The signing deadline, once its year's calendar is there (rule 26). Opening a deal whose deadline falls in a year
     * not entered yet records it as awaiting; until then signing is open and nobody can be late.
     */
    public void signBy(OffsetDateTime deadline) {
        if (signDeadline != null) {
            throw new ConflictException("settlement.wrongStatus", status.name());
        }
        signDeadline = deadline;
    }

    /** A credit on the settlement account quoting this deal's reference: the buyer's money, then applied. */
    public List<Posting> receive(BigDecimal amount, String bankTransactionId, BigDecimal buyerBalance) {
        List<Posting> out = new ArrayList<>();
        out.add(Posting.move("PRICE_PAYMENT_IN", "bank " + bankTransactionId, Ledger.BANK, Ledger.buyer(id), amount));
        out.addAll(apply(buyerBalance.negate().add(amount)));
        return out;
    }

    /**
     * Applies the buyer's unapplied money ({@code available}, ≥ 0) once the contract is effective: first to the price
     * and interest, then to the buyer's fee; when the price is complete the seller's fee is taken from it (the
     * contract's fee clause). The rest stays the buyer's (an overpayment, refunded by the clerk).
     */
    public List<Posting> apply(BigDecimal available) {
        List<Posting> out = new ArrayList<>();
        // with instalments the interest is known only with the schedule: money waits until it is
        if (status != Status.PAYING || (instalments > 0 && firstDueOn == null)) {
            return out;
        }
        BigDecimal toPrice = available.min(amountDue().subtract(priceReceived));
        if (toPrice.signum() > 0) {
            out.add(Posting.move("PRICE_APPLIED", "to the price", Ledger.buyer(id), Ledger.price(id), toPrice));
            priceReceived = priceReceived.add(toPrice);
        }
        BigDecimal toFee = available.subtract(toPrice.max(BigDecimal.ZERO)).min(buyerFee.subtract(buyerFeePaid));
        if (toFee.signum() > 0) {
            out.add(Posting.move("BUYER_FEE", "buyer's service fee", Ledger.buyer(id), Ledger.FEES, toFee));
            buyerFeePaid = buyerFeePaid.add(toFee);
        }
        if (!sellerFeePaid && priceReceived.compareTo(amountDue()) == 0) {
            out.add(Posting.move("SELLER_FEE", "seller's service fee taken from the price", Ledger.price(id), Ledger.FEES, sellerFee));
            sellerFeePaid = true;
        }
        if (priceReceived.compareTo(amountDue()) == 0 && buyerFeePaid.compareTo(buyerFee) == 0) {
            status = Status.PAID;
        }
        return out;
    }

    /** Rule 31: the certificate only after the signed contract, the full price and both sides' fees. */
    public void certify(OffsetDateTime now) {
        if (status != Status.PAID || signedSha256 == null || priceReceived.compareTo(amountDue()) != 0
                || buyerFeePaid.compareTo(buyerFee) != 0 || !sellerFeePaid) {
            throw new ConflictException("certificate.conditionsNotMet");
        }
        status = Status.CERTIFIED;
        certifiedAt = now;
    }

    /** After the certificate: the price, net of the seller's fee, becomes owed to the transferor (then paid out). */
    public Posting releaseToTransferor() {
        if (status != Status.CERTIFIED || paidOut) {
            throw new ConflictException("settlement.payoutNotDue");
        }
        paidOut = true;
        return Posting.move("PRICE_RELEASED", "price net of the seller's fee owed to the transferor", Ledger.price(id),
                Ledger.transferor(id), amountDue().subtract(sellerFee));
    }

    /**
     * Rules 26–28: why the deal is in default at {@code now} — the contract unsigned at its deadline, or a payment of
     * the schedule due (at the cut-off of its day) and not covered by what arrived — or null. A deadline still awaiting
     * its year's calendar has not passed.
     */
    public String overdue(OffsetDateTime now) {
        if (status == Status.SIGNING && signDeadline != null && now.isAfter(signDeadline)) {
            String by = "签署期限 " + ExchangeTime.display(signDeadline.toInstant()) + " 前签署合同（规则26）";
            if (buyerSignedAt == null && sellerSignedAt == null) {
                return "受让方（乙方）与转让方（甲方）均未在" + by + "：受让方违约，保证金可予没收";
            }
            if (buyerSignedAt == null) {
                return "受让方（乙方）未在" + by + "，转让方已签署：受让方违约，保证金可予没收";
            }
            return "转让方（甲方）未在" + by + "，受让方已签署：转让方违约，受让方保证金不予没收";
        }
        if (status != Status.PAYING) {
            return null;
        }
        BigDecimal dueSoFar = BigDecimal.ZERO;
        for (PaymentPlan.Due due : schedule()) {
            if (!now.isAfter(due.dueOn().atTime(SettlementRules.CUT_OFF).atZone(ExchangeTime.ZONE).toOffsetDateTime())) {
                break;
            }
            dueSoFar = dueSoFar.add(due.total());
            if (priceReceived.compareTo(dueSoFar) < 0) {
                return "第 " + due.no() + " 期价款（到期日 " + due.dueOn() + "，累计应付 " + CnyFormat.yuan(dueSoFar)
                        + "）逾期未付，已付 " + CnyFormat.yuan(priceReceived) + "（规则27/28）";
            }
        }
        return null;
    }

    /** What the buyer still has to transfer: price, interest and its fee, less what was applied and what waits unapplied. */
    public BigDecimal outstanding(BigDecimal unapplied) {
        if (status == Status.FORFEITED) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amountDue().add(buyerFee).subtract(priceReceived).subtract(buyerFeePaid).subtract(unapplied).max(BigDecimal.ZERO);
    }

    /**
     * Who is in default (rule 26: who did not sign by the deadline; rules 27, 28: the buyer, who pays), or null when the
     * deal is not in default. When neither side signed, the buyer is in default: its deposit answers for its own failure,
     * whatever the transferor did.
     */
    public Party defaultedBy() {
        if (status != Status.DEFAULTED) {
            return null;
        }
        return statusBeforeDefault == Status.SIGNING && buyerSignedAt != null && sellerSignedAt == null ? Party.SELLER : Party.BUYER;
    }

    /** Rules 26, 27: a missed deadline opens a forfeiture case for staff; nothing is forfeited yet. */
    public void openDefault(String reason) {
        if (status != Status.SIGNING && status != Status.PAYING) {
            throw new ConflictException("settlement.noDefault");
        }
        statusBeforeDefault = status;
        status = Status.DEFAULTED;
        defaultReason = reason;
    }

    /** Staff find no default (e.g. the bank delayed a transfer): the deal goes on with a new deadline. */
    public void dismissDefault(OffsetDateTime newSignDeadline) {
        dismissDefault(newSignDeadline, null);
    }

    /**
     * {@link #dismissDefault(OffsetDateTime)}; with instalments, a new signing deadline must leave the prepared schedule
     * valid (rule 28) when the contract takes effect as late as it: {@code latestFirstDue} is the down payment's due date
     * then ({@link SettlementRules#latestFirstPaymentDue}; null when not countable). A deadline too late is refused on
     * {@code newSignDeadline}: the contract, signed by one side already, can no longer be prepared again.
     */
    public void dismissDefault(OffsetDateTime newSignDeadline, LocalDate latestFirstDue) {
        requireStatus(Status.DEFAULTED);
        if (newSignDeadline != null && latestFirstDue != null && statusBeforeDefault == Status.SIGNING) {
            try {
                plan().requireFitsFirstDue(latestFirstDue);
            } catch (DomainException e) {
                throw new DomainException(e.problems().stream().map(p -> p.withField("newSignDeadline")).toList());
            }
        }
        status = statusBeforeDefault;
        statusBeforeDefault = null;
        if (newSignDeadline != null) {
            signDeadline = newSignDeadline;
        }
    }

    /**
     * Rule 33: the buyer loses the deposit, no more: what was applied to the price and the fees goes back to the
     * buyer's account on this deal; the deposit then pays both sides' fees first and the rest goes to the transferor;
     * whatever the buyer paid beyond the deposit stays the buyer's, to be refunded.
     */
    public List<Posting> forfeit() {
        requireStatus(Status.DEFAULTED);
        // The transferor's failure to sign never costs the buyer its deposit. Forfeiture is a sanction on the bidder who
        // paid the deposit, for its own conduct: every forfeiture case docs/rules.md §1.4 lists from real announcements
        // (withdrawal, no valid bid, refusing to take part, not signing the result confirmation or contract within 3/5
        // WD, late price or fees, false documents) is the bidder's, and rules 26 and 33 flag and forfeit the deposit of
        // the defaulter — only the buyer has one. The transferor paid no deposit and no rule in docs/rules.md lets the
        // exchange take money from it: its default is a case for staff (the reason names the transferor), who give it a
        // new signing deadline (dismissDefault) or take it up under the announcement, the contract's liability clause
        // and the law. Meanwhile the buyer's deposit stays the buyer's, on this deal's account.
        if (defaultedBy() == Party.SELLER) {
            throw new ConflictException("settlement.transferorDefault");
        }
        List<Posting> out = new ArrayList<>();
        BigDecimal inPrice = priceReceived.subtract(sellerFeePaid ? sellerFee : BigDecimal.ZERO);
        if (inPrice.signum() > 0) {
            out.add(Posting.move("PRICE_RETURNED", "price paid so far back to the buyer", Ledger.price(id), Ledger.buyer(id), inPrice));
        }
        BigDecimal feesTaken = buyerFeePaid.add(sellerFeePaid ? sellerFee : BigDecimal.ZERO);
        if (feesTaken.signum() > 0) {
            out.add(Posting.move("FEES_RETURNED", "fees taken so far back to the buyer", Ledger.FEES, Ledger.buyer(id), feesTaken));
        }
        BigDecimal fees = deposit.min(buyerFee.add(sellerFee));
        out.add(Posting.move("FORFEIT_FEES", "forfeited deposit pays both sides' fees", Ledger.buyer(id), Ledger.FEES, fees));
        BigDecimal rest = deposit.subtract(fees);
        if (rest.signum() > 0) {
            out.add(Posting.move("FORFEIT_TRANSFEROR", "rest of the forfeited deposit to the transferor", Ledger.buyer(id),
                    Ledger.transferor(id), rest));
        }
        priceReceived = BigDecimal.ZERO.setScale(2);
        buyerFeePaid = BigDecimal.ZERO.setScale(2);
        sellerFeePaid = false;
        status = Status.FORFEITED;
        return out;
    }

    /** What the buyer owes into the price account: the price plus the instalments' interest. */
    public BigDecimal amountDue() {
        return price.add(interest);
    }

    private void requireStatus(Status s) {
        if (status != s) {
            throw new ConflictException("settlement.wrongStatus", status.name());
        }
    }

    public PaymentPlan plan() {
        return instalments == 0 ? PaymentPlan.lumpSum(price) : new PaymentPlan(instalments, downPayment, lastDueOn, loanRatePct, guarantee);
    }

    public Long getId() { return id; }
    public long getLotId() { return lotId; }
    public long getProjectId() { return projectId; }
    public Method getMethod() { return method; }
    public long getBuyerPartyId() { return buyerPartyId; }
    public long getBuyerApplicationId() { return buyerApplicationId; }
    public long getSellerPartyId() { return sellerPartyId; }
    public BigDecimal getPrice() { return price; }
    public BigDecimal getDeposit() { return deposit; }
    public BigDecimal getBuyerFee() { return buyerFee; }
    public BigDecimal getSellerFee() { return sellerFee; }
    public String getFeeTable() { return feeTable; }
    public OffsetDateTime getDeterminedAt() { return determinedAt; }
    public OffsetDateTime getSignDeadline() { return signDeadline; }
    public ContractTemplate.Kind getContractKind() { return contractKind; }
    public String getContractSha256() { return contractSha256; }
    public OffsetDateTime getBuyerSignedAt() { return buyerSignedAt; }
    public OffsetDateTime getSellerSignedAt() { return sellerSignedAt; }
    public String getSignedSha256() { return signedSha256; }
    public OffsetDateTime getEffectiveAt() { return effectiveAt; }
    public LocalDate getFirstDueOn() { return firstDueOn; }
    public BigDecimal getInterest() { return interest; }
    public BigDecimal getPriceReceived() { return priceReceived; }
    public BigDecimal getBuyerFeePaid() { return buyerFeePaid; }
    public boolean isSellerFeePaid() { return sellerFeePaid; }
    public Status getStatus() { return status; }
    public String getDefaultReason() { return defaultReason; }
    public Status getStatusBeforeDefault() { return statusBeforeDefault; }
    public OffsetDateTime getCertifiedAt() { return certifiedAt; }
    public boolean isPaidOut() { return paidOut; }
}
