package cn.exchange.core.settlement;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.settlement.FeeTable.Method;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * Its parts, which the deal asks and moves step by step: {@link Sale}, {@link Money}, {@link Contract}, {@link PaymentTerms}, {@link Standing}.
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
    @Embedded
    private Sale sale;
    @Embedded
    private Money money;
    /** Null while all its columns are (no deadline yet, nothing prepared): read it through {@link #seen()}. */
    @Embedded
    private Contract contract;
    @Embedded
    private PaymentTerms terms;
    @Embedded
    private Standing standing;
    @Version
    private long version;

    protected Deal() {
    }

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

    /** Rules 18, 20, 26: the deal at the winning (or negotiated) price; the contract to be signed by the deadline. */
    public Deal(long lotId, long projectId, Method method, long buyerPartyId, long buyerApplicationId, long sellerPartyId,
                BigDecimal price, BigDecimal deposit, FeeTable.Fee buyerFee, FeeTable.Fee sellerFee, String feeTable,
                OffsetDateTime determinedAt, OffsetDateTime signDeadline) {
        this.sale = new Sale(lotId, projectId, method, buyerPartyId, buyerApplicationId, sellerPartyId, determinedAt);
        this.money = new Money(price, deposit, buyerFee.amount(), sellerFee.amount(), feeTable);
        this.contract = signDeadline == null ? null : new Contract(signDeadline);
        this.terms = PaymentTerms.lumpSum();
        this.standing = new Standing(Status.SIGNING);
    }

    /** A bank credit quoting {@code deal}'s reference: the buyer's money only from the buyer itself (rule 16, {@link Money#match}). */
    public static DepositMatch matchPayment(Deal deal, String buyerName, BankCredit credit) {
        return Money.match(deal, buyerName, credit);
    }

    /** {@link #prepareContract(ContractTemplate.Kind, PaymentPlan, TransactionType, String, LocalDate, LocalDate)}, the first due date not known. */
    public void prepareContract(ContractTemplate.Kind kind, PaymentPlan plan, TransactionType type, String pdfSha256,
                                LocalDate today) {
        prepareContract(kind, plan, type, pdfSha256, today, null);
    }

    /**
     * Staff prepare (or, before anyone signed, re-prepare) the contract: its kind, payment plan and the PDF's hash; the plan
     * checked against rule 28 with {@code latestFirstDue} ({@link SettlementRules#latestFirstPaymentDue}; null: not countable).
     */
    public void prepareContract(ContractTemplate.Kind kind, PaymentPlan plan, TransactionType type, String pdfSha256,
                                LocalDate today, LocalDate latestFirstDue) {
        standing.require(Status.SIGNING);
        if (!mayPrepare()) {
            throw new ConflictException("contract.alreadySigned");
        }
        terms.agree(plan.validate(getPrice(), type, today, latestFirstDue), getDeposit());
        contract().prepare(kind, pdfSha256);
    }

    /** One side confirms the contract whose hash it was shown (rule 26, {@link Contract#sign}); true when both now have. */
    public boolean sign(Party party, String shownSha256, OffsetDateTime now) {
        standing.require(Status.SIGNING);
        if (contract == null) { // nothing prepared, and nothing to create for a refusal
            throw new ConflictException("contract.notPrepared");
        }
        return contract.sign(party, shownSha256, now);
    }

    /** The signing deadline once its year's calendar is there (rule 26; {@link Contract#signBy}). */
    public void signBy(OffsetDateTime deadline) {
        if (seen().getSignDeadline() != null) {
            throw standing.wrongStatus();
        }
        contract().signBy(deadline);
    }

    /** Both signed: the signed PDF's hash, and the schedule from {@code firstDue} (rule 27; null: {@link #scheduleFrom} later). */
    public void takeEffect(String signedPdfSha256, OffsetDateTime now, LocalDate firstDue) {
        contract().takeEffect(signedPdfSha256, now);
        standing.moveTo(Status.PAYING);
        if (firstDue != null) {
            scheduleFrom(firstDue);
        }
    }

    /** The first payment's due date, once its year's calendar is there: the schedule and its interest follow from it. */
    public void scheduleFrom(LocalDate firstDue) {
        if (!seen().effective() || terms.scheduled()) {
            throw standing.wrongStatus();
        }
        terms.scheduleFrom(firstDue, getPrice());
    }

    /** Docs/rules.md §1.4: the winner's deposit is the buyer's money on this deal from the start. */
    public Posting convertDeposit() {
        return money.convertDeposit(this);
    }

    /** A credit on the settlement account quoting this deal's reference: the buyer's money, then applied. */
    public List<Posting> receive(BigDecimal amount, String bankTransactionId, BigDecimal buyerBalance) {
        List<Posting> out = new ArrayList<>();
        out.add(Posting.move("PRICE_PAYMENT_IN", "bank " + bankTransactionId, Ledger.BANK, Ledger.buyer(id), amount));
        out.addAll(apply(buyerBalance.negate().add(amount)));
        return out;
    }

    /** Applies the buyer's unapplied money ({@code available}, ≥ 0) once the contract is effective ({@link Money#apply}). */
    public List<Posting> apply(BigDecimal available) {
        if (!standing.is(Status.PAYING) || terms.interestUnknown()) {
            return new ArrayList<>();
        }
        List<Posting> out = money.apply(this, available);
        if (money.complete(amountDue())) {
            standing.moveTo(Status.PAID);
        }
        return out;
    }

    /** Rule 31: the certificate only after the signed contract, the full price and both sides' fees. */
    public void certify(OffsetDateTime now) {
        standing.certify(now, seen().getSignedSha256() != null && money.complete(amountDue()));
    }

    /** After the certificate: the price, net of the seller's fee, becomes owed to the transferor (then paid out). */
    public Posting releaseToTransferor() {
        return money.release(this);
    }

    /** Rules 26–28: why the deal is in default at {@code now} ({@link Contract#lateSigning}, {@link PaymentTerms#latePayment}), or null. */
    public String overdue(OffsetDateTime now) {
        return switch (getStatus()) {
            case SIGNING -> seen().lateSigning(now);
            case PAYING -> terms.latePayment(getPrice(), getPriceReceived(), now);
            default -> null;
        };
    }

    /** Rules 26, 27: a missed deadline opens a forfeiture case for staff; nothing is forfeited yet. */
    public void openDefault(String reason) {
        standing.openDefault(reason);
    }

    /** Who is in default (rule 26: who did not sign, {@link Contract#defaulter}; rules 27, 28: the buyer, who pays), or null. */
    public Party defaultedBy() {
        return standing.defaulter(seen());
    }

    /** Staff find no default (e.g. the bank delayed a transfer): the deal goes on with a new deadline. */
    public void dismissDefault(OffsetDateTime newSignDeadline) {
        dismissDefault(newSignDeadline, null);
    }

    /**
     * {@link #dismissDefault(OffsetDateTime)}; a new signing deadline must leave the prepared plan valid (rule 28) when
     * the contract takes effect as late as it ({@link PaymentTerms#requireFitsFirstDue}).
     */
    public void dismissDefault(OffsetDateTime newSignDeadline, LocalDate latestFirstDue) {
        standing.require(Status.DEFAULTED);
        if (newSignDeadline != null && latestFirstDue != null && standing.defaultedWhileSigning()) {
            terms.requireFitsFirstDue(getPrice(), latestFirstDue, "newSignDeadline");
        }
        standing.resume();
        if (newSignDeadline != null) {
            contract().signBy(newSignDeadline);
        }
    }

    /** Rule 33: the buyer loses the deposit, no more ({@link Money#forfeit}); never for the transferor's default. */
    public List<Posting> forfeit() {
        standing.require(Status.DEFAULTED);
        if (defaultedBy() == Party.SELLER) { // the transferor's failure never costs the buyer its deposit: Contract#defaulter
            throw new ConflictException("settlement.transferorDefault");
        }
        List<Posting> out = money.forfeit(this);
        standing.moveTo(Status.FORFEITED);
        return out;
    }

    /** Rule 26: staff prepare (or re-prepare) the contract while the deal is signing and neither side has signed. */
    public boolean mayPrepare() { return standing.is(Status.SIGNING) && seen().unsigned(); }
    /** Rule 26: {@code party} may sign now ({@link Contract#maySign}); {@link #sign} refuses exactly when not, with its reason. */
    public boolean maySign(Party party, OffsetDateTime now) { return standing.is(Status.SIGNING) && seen().maySign(party, now); }
    /** Whether the payment schedule waits for its year's calendar (the contract is effective, the first due date not known). */
    public boolean scheduleAwaitingCalendar() { return seen().effective() && !terms.scheduled(); }
    /** The payment schedule, once the contract is effective and its first due date known; empty before. */
    public List<PaymentPlan.Due> schedule() { return terms.schedule(getPrice()); }
    public PaymentPlan plan() { return terms.plan(getPrice()); }
    /** What the buyer owes into the price account: the price plus the instalments' interest. */
    public BigDecimal amountDue() { return getPrice().add(terms.getInterest()); }
    /** What the buyer still has to transfer: price, interest and its fee, less what was applied and what waits unapplied. */
    public BigDecimal outstanding(BigDecimal unapplied) { return money.outstanding(this, unapplied); }

    /** No contract yet: what a read sees while all its columns are null (never changed). */
    private static final Contract NO_CONTRACT = new Contract();

    /**
     * The contract to change, created by a verb only after every check that can refuse (JPA leaves an embedded object
     * whose columns are all null unset). Reads use {@link #seen()}: reading never changes the entity.
     */
    private Contract contract() {
        if (contract == null) {
            contract = new Contract();
        }
        return contract;
    }

    private Contract seen() {
        return contract == null ? NO_CONTRACT : contract;
    }

    public Long getId() { return id; }
    public long getLotId() { return sale.getLotId(); }
    public long getProjectId() { return sale.getProjectId(); }
    public Method getMethod() { return sale.getMethod(); }
    public long getBuyerPartyId() { return sale.getBuyerPartyId(); }
    public long getBuyerApplicationId() { return sale.getBuyerApplicationId(); }
    public long getSellerPartyId() { return sale.getSellerPartyId(); }
    public OffsetDateTime getDeterminedAt() { return sale.getDeterminedAt(); }
    public BigDecimal getPrice() { return money.getPrice(); }
    public BigDecimal getDeposit() { return money.getDeposit(); }
    public BigDecimal getBuyerFee() { return money.getBuyerFee(); }
    public BigDecimal getSellerFee() { return money.getSellerFee(); }
    public String getFeeTable() { return money.getFeeTable(); }
    public BigDecimal getPriceReceived() { return money.getPriceReceived(); }
    public BigDecimal getBuyerFeePaid() { return money.getBuyerFeePaid(); }
    public boolean isSellerFeePaid() { return money.isSellerFeePaid(); }
    public boolean isPaidOut() { return money.isPaidOut(); }
    public OffsetDateTime getSignDeadline() { return seen().getSignDeadline(); }
    public ContractTemplate.Kind getContractKind() { return seen().getContractKind(); }
    public String getContractSha256() { return seen().getContractSha256(); }
    public OffsetDateTime getBuyerSignedAt() { return seen().getBuyerSignedAt(); }
    public OffsetDateTime getSellerSignedAt() { return seen().getSellerSignedAt(); }
    public String getSignedSha256() { return seen().getSignedSha256(); }
    public OffsetDateTime getEffectiveAt() { return seen().getEffectiveAt(); }
    public LocalDate getFirstDueOn() { return terms.getFirstDueOn(); }
    public BigDecimal getInterest() { return terms.getInterest(); }
    public Status getStatus() { return standing.getStatus(); }
    public String getDefaultReason() { return standing.getDefaultReason(); }
    public Status getStatusBeforeDefault() { return standing.getStatusBeforeDefault(); }
    public OffsetDateTime getCertifiedAt() { return standing.getCertifiedAt(); }
}
