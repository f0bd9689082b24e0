package cn.exchange.core.qualification;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.BooleanSupplier;

/**
 * A bidder's application (意向登记) for one lot and its qualification record (rule 14): the deposit, its {@link Review}
 * — the exchange's opinion, the transferor's reply (or silence), the approving body's ruling on a dispute — and at the
 * end the bidder code under which the bidder alone appears in the auction.
 */
@Entity
@Table(name = "application")
public class Application {

    public enum Status { SUBMITTED, QUALIFIED, NOT_QUALIFIED, WITHDRAWN }

    public enum Opinion { QUALIFIED, REJECTED }

    public enum Reply { AGREED, OBJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "bidder_party_id", nullable = false)
    private long bidderPartyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Status status;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_ip", length = 64)
    private String submittedIp;

    @Column(name = "commitment_accepted", nullable = false)
    private boolean commitmentAccepted;

    @Column(name = "related_parties", length = 1000)
    private String relatedParties;

    @Column(name = "priority_right", nullable = false)
    private boolean priorityRight;

    /** Rule 38: the bidder acts through an agent, whose power of attorney the application must then carry. */
    @Column(name = "through_agent", nullable = false)
    private boolean throughAgent;

    /** Rule 24: the rank of the confirmed priority right holder the bidder was matched to, null for none. */
    @Column(name = "priority_rank")
    private Integer priorityRank;

    @Column(name = "deposit_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal depositAmount;

    @Column(name = "deposit_deadline", nullable = false)
    private OffsetDateTime depositDeadline;

    @Column(name = "payment_reference", length = 20)
    private String paymentReference;

    @Column(name = "deposit_paid_at")
    private OffsetDateTime depositPaidAt;

    /** The exchange's opinion, the transferor's reply and a ruling (rules 13, 14); null until the first opinion is given. */
    @Embedded
    private Review review;

    @Column(name = "bidder_code", length = 8)
    private String bidderCode;

    @Version
    private long version;

    protected Application() {
    }

    /**
     * A bidder's application for a lot: only while its announcement runs; the deposit is the lot's, due by the
     * announcement's end (docs/rules.md §1.3–1.4).
     *
     * @param priorityRank the rank of the lot's confirmed priority right holder the bidder's claim was matched to
     *                     ({@link cn.exchange.core.listing.PriorityHolder#rankOf}), null when the bidder claims none
     */
    public static Application forLot(Lot lot, long bidderPartyId, boolean commitmentAccepted, String relatedParties,
                                     Integer priorityRank, OffsetDateTime now, String ip) {
        if (lot == null || lot.getStatus() != ListingStatus.PUBLISHED || !now.isBefore(lot.getEndsAt())) {
            throw new DomainException(null, "application.notOpen");
        }
        return new Application(lot.getId(), bidderPartyId, commitmentAccepted, relatedParties, priorityRank, lot.getDeposit(),
                lot.getEndsAt(), now, ip);
    }

    private Application(long lotId, long bidderPartyId, boolean commitmentAccepted, String relatedParties, Integer priorityRank,
                       BigDecimal depositAmount, OffsetDateTime depositDeadline, OffsetDateTime now, String ip) {
        if (!commitmentAccepted) {
            throw new DomainException("commitmentAccepted", "application.commitmentRequired");
        }
        this.lotId = lotId;
        this.bidderPartyId = bidderPartyId;
        this.commitmentAccepted = true;
        this.relatedParties = relatedParties == null || relatedParties.isBlank() ? null : relatedParties.trim();
        this.priorityRight = priorityRank != null;
        this.priorityRank = priorityRank;
        this.depositAmount = depositAmount;
        this.depositDeadline = depositDeadline;
        this.submittedAt = now;
        this.submittedIp = ip;
        this.status = Status.SUBMITTED;
    }

    /** Rule 38: the application is made through an agent (its power of attorney becomes a required document). */
    public Application throughAgent(boolean agent) {
        this.throughAgent = agent;
        return this;
    }

    /** The payment reference, once the id is known. */
    public void assignPaymentReference() {
        this.paymentReference = PaymentReference.of(id);
    }

    /**
     * Rule 16: the deposit is due by the end of the lot's announcement — where that end is now, after an amendment
     * (+N WD), a resumption or an extension moved it since the application; never earlier than the deadline given at
     * application. Matching a bank credit and every view read it here, with the lot as it stands.
     */
    public OffsetDateTime depositDeadline(Lot lot) {
        if (lot == null || lot.getId() == null || lot.getId() != lotId) {
            return depositDeadline;
        }
        OffsetDateTime end = lot.getEndsAt();
        return end != null && end.isAfter(depositDeadline) ? end : depositDeadline;
    }

    /** Keeps the stored deadline (which staff's "due today" list searches) with the lot's end while the deposit is unpaid. */
    public void followLot(Lot lot) {
        if (status == Status.SUBMITTED && depositPaidAt == null) {
            depositDeadline = depositDeadline(lot);
        }
    }

    public void depositReceived(OffsetDateTime at) {
        if (depositPaidAt != null) {
            throw new DomainException(null, "application.depositAlreadyPaid");
        }
        this.depositPaidAt = at;
    }

    /**
     * The exchange's opinion ({@link Review#opine}): a rejection on rule 16's deposit only once the deposit has missed
     * its deadline — not in yet when the deadline passed, or in after it. The transferor's reply is due by
     * {@code replyDeadline} (rule 14).
     */
    public void review(Opinion opinion, java.util.List<String> grounds, String reason, Lot lot, String by, OffsetDateTime now,
                       OffsetDateTime replyDeadline) {
        requireOpen();
        if (opinion == null) {
            throw new DomainException("opinion", "common.required");
        }
        if (lot == null || lot.getId() == null || lot.getId() != lotId) {
            throw new DomainException(null, "application.closed");
        }
        BooleanSupplier depositMissed = () -> {
            OffsetDateTime due = depositDeadline(lot);
            return depositPaidAt == null ? !now.isBefore(due) : depositPaidAt.isAfter(due);
        };
        review().opine(opinion, grounds, reason, lot.getBuyerConditions(), depositMissed, by, now, replyDeadline);
    }

    /** The reply deadline, once its year's calendar is there (the opinion was given while it awaited it). */
    public void replyBy(OffsetDateTime deadline) {
        opined("application.noOpinionYet").replyBy(deadline);
    }

    /** The transferor agrees or objects, within the deadline; an objection needs its reason. */
    public void reply(Reply reply, String note, OffsetDateTime now) {
        requireOpen();
        opined("application.noOpinionYet").reply(reply, note, now);
    }

    /** The approving body's ruling on a dispute (an objection), recorded by staff. */
    public void ruling(boolean qualified, String text) {
        requireOpen();
        opined("application.noDispute").ruling(qualified, text);
    }

    /** Whether review is complete at {@code now} ({@link Review#complete}); a withdrawn application needs none. */
    public boolean reviewComplete(OffsetDateTime now) {
        return status == Status.WITHDRAWN || seen().complete(now);
    }

    /** The final verdict: deposit in time, and the opinion as agreed, silently agreed, or as the ruling decided. */
    public boolean qualifies() {
        return status != Status.WITHDRAWN && depositPaidAt != null && seen().favourable();
    }

    /** Closes the record: qualified (with its bidder code) or not. */
    public void conclude(boolean qualified, String code) {
        requireOpen();
        this.status = qualified ? Status.QUALIFIED : Status.NOT_QUALIFIED;
        this.bidderCode = qualified ? code : null;
    }

    public void withdraw() {
        requireOpen();
        this.status = Status.WITHDRAWN;
    }

    /** No opinion yet: what a read sees before the first one (never changed). */
    private static final Review NO_REVIEW = new Review();

    /**
     * The review to change, created with the first opinion (JPA leaves an embedded object whose columns are all null
     * unset). Reads use {@link #seen()} so that reading never changes the entity.
     */
    private Review review() {
        if (review == null) {
            review = new Review();
        }
        return review;
    }

    /** The review once an opinion was given; before, refused with {@code code}, the entity untouched. */
    private Review opined(String code) {
        if (review == null) {
            throw new DomainException(null, code);
        }
        return review;
    }

    private Review seen() {
        return review == null ? NO_REVIEW : review;
    }

    private void requireOpen() {
        if (status != Status.SUBMITTED) {
            throw new DomainException(null, "application.closed");
        }
    }

    public Long getId() { return id; }
    public long getLotId() { return lotId; }
    public long getBidderPartyId() { return bidderPartyId; }
    public Status getStatus() { return status; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedIp() { return submittedIp; }
    public String getRelatedParties() { return relatedParties; }
    public boolean isPriorityRight() { return priorityRight; }
    public boolean isThroughAgent() { return throughAgent; }
    public Integer getPriorityRank() { return priorityRank; }
    public BigDecimal getDepositAmount() { return depositAmount; }
    public OffsetDateTime getDepositDeadline() { return depositDeadline; }
    public String getPaymentReference() { return paymentReference; }
    public OffsetDateTime getDepositPaidAt() { return depositPaidAt; }
    public Opinion getOpinion() { return seen().getOpinion(); }
    public String getOpinionReason() { return seen().getOpinionReason(); }
    public String getOpinionGrounds() { return seen().getOpinionGrounds(); }
    public String getOpinionBy() { return seen().getOpinionBy(); }
    public OffsetDateTime getOpinionAt() { return seen().getOpinionAt(); }
    public OffsetDateTime getReplyDeadline() { return seen().getReplyDeadline(); }
    public Reply getTransferorReply() { return seen().getTransferorReply(); }
    public String getReplyNote() { return seen().getReplyNote(); }
    public String getRuling() { return seen().getRuling(); }
    public Boolean getRulingQualified() { return seen().getRulingQualified(); }
    public String getBidderCode() { return bidderCode; }
}
