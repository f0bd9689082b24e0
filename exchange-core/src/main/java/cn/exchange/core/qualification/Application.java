package cn.exchange.core.qualification;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
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
import java.time.OffsetDateTime;

/**
 * A bidder's application (意向登记) for one lot and its qualification record (rule 14): the deposit, the exchange's
 * opinion, the transferor's reply (or silence), the approving body's ruling on a dispute, and at the end the
 * bidder code under which the bidder alone appears in the auction.
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

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Opinion opinion;

    @Column(name = "opinion_reason", length = 1000)
    private String opinionReason;

    /** Rule 13: what a rejection cites — the lot's published conditions ({@code C1,C3}) and/or rule 16 ({@code R16}). */
    @Column(name = "opinion_grounds", length = 200)
    private String opinionGrounds;

    @Column(name = "opinion_by", length = 100)
    private String opinionBy;

    @Column(name = "opinion_at")
    private OffsetDateTime opinionAt;

    @Column(name = "reply_deadline")
    private OffsetDateTime replyDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "transferor_reply", length = 20)
    private Reply transferorReply;

    @Column(name = "reply_note", length = 1000)
    private String replyNote;

    @Column(name = "reply_at")
    private OffsetDateTime replyAt;

    @Column(length = 1000)
    private String ruling;

    @Column(name = "ruling_qualified")
    private Boolean rulingQualified;

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
     * The exchange's opinion. Rule 13: a rejection cites one or more of the lot's published buyer conditions, chosen from
     * {@link RejectionGrounds#citable} ({@code C1}, {@code C2}, …), or rule 16's deposit ({@link RejectionGrounds#DEPOSIT},
     * only once the deposit has missed its deadline), with the staff's words beside the citation. An approval cites
     * nothing. The transferor's reply is due by {@code replyDeadline} (rule 14).
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
        String cited = null;
        if (opinion == Opinion.REJECTED) {
            cited = RejectionGrounds.check(grounds, lot.getBuyerConditions());
            if (reason == null || reason.isBlank()) {
                throw new DomainException("reason", "application.rejectionNeedsWords");
            }
            if (java.util.List.of(cited.split(",")).contains(RejectionGrounds.DEPOSIT)) {
                // rule 16 disqualifies only a deposit that missed its deadline: not in yet once it passed, or in after it
                OffsetDateTime due = depositDeadline(lot);
                boolean missed = depositPaidAt == null ? !now.isBefore(due) : depositPaidAt.isAfter(due);
                if (!missed) {
                    throw new DomainException("grounds", "application.depositGroundNotMet");
                }
            }
        } else if (grounds != null && grounds.stream().anyMatch(g -> g != null && !g.isBlank())) {
            throw new DomainException("grounds", "application.groundsOnlyForRejection");
        }
        this.opinion = opinion;
        this.opinionGrounds = cited;
        this.opinionReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.opinionBy = by;
        this.opinionAt = now;
        this.replyDeadline = replyDeadline;
        this.transferorReply = null;
        this.replyNote = null;
    }

    /** The reply deadline, once its year's calendar is there (the opinion was given while it awaited it). */
    public void replyBy(OffsetDateTime deadline) {
        if (opinion == null || replyDeadline != null) {
            throw new DomainException(null, "application.noOpinionYet");
        }
        replyDeadline = deadline;
    }

    /** The transferor agrees or objects, within the deadline; an objection needs its reason. */
    public void reply(Reply reply, String note, OffsetDateTime now) {
        requireOpen();
        if (opinion == null) {
            throw new DomainException(null, "application.noOpinionYet");
        }
        if (transferorReply != null) {
            throw new DomainException(null, "application.alreadyReplied");
        }
        if (replyDeadline != null && now.isAfter(replyDeadline)) {
            throw new DomainException(null, "application.replyTooLate");
        }
        if (reply == Reply.OBJECTED && (note == null || note.isBlank())) {
            throw new DomainException("note", "application.objectionNeedsReason");
        }
        this.transferorReply = reply;
        this.replyNote = note;
        this.replyAt = now;
    }

    /** The approving body's ruling on a dispute (an objection), recorded by staff. */
    public void ruling(boolean qualified, String text) {
        requireOpen();
        if (transferorReply != Reply.OBJECTED) {
            throw new DomainException(null, "application.noDispute");
        }
        if (text == null || text.isBlank()) {
            throw new DomainException("text", "common.required");
        }
        this.ruling = text.trim();
        this.rulingQualified = qualified;
    }

    /**
     * Whether review is complete at {@code now}: an opinion, and the transferor's agreement (or silence past the
     * deadline), or a ruling on its objection.
     */
    public boolean reviewComplete(OffsetDateTime now) {
        if (status == Status.WITHDRAWN) {
            return true;
        }
        if (opinion == null) {
            return false;
        }
        if (transferorReply == null) {
            // silence is agreement only once the deadline is known and passed (it may await its year's calendar)
            return replyDeadline != null && now.isAfter(replyDeadline);
        }
        return transferorReply == Reply.AGREED || rulingQualified != null;
    }

    /** The final verdict: deposit in time, and the opinion as agreed, silently agreed, or as the ruling decided. */
    public boolean qualifies() {
        if (status == Status.WITHDRAWN || depositPaidAt == null || opinion == null) {
            return false;
        }
        if (transferorReply == Reply.OBJECTED) {
            return Boolean.TRUE.equals(rulingQualified);
        }
        return opinion == Opinion.QUALIFIED;
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
    public Integer getPriorityRank() { return priorityRank; }
    public BigDecimal getDepositAmount() { return depositAmount; }
    public OffsetDateTime getDepositDeadline() { return depositDeadline; }
    public String getPaymentReference() { return paymentReference; }
    public OffsetDateTime getDepositPaidAt() { return depositPaidAt; }
    public Opinion getOpinion() { return opinion; }
    public String getOpinionReason() { return opinionReason; }
    public String getOpinionGrounds() { return opinionGrounds; }
    public String getOpinionBy() { return opinionBy; }
    public OffsetDateTime getOpinionAt() { return opinionAt; }
    public OffsetDateTime getReplyDeadline() { return replyDeadline; }
    public Reply getTransferorReply() { return transferorReply; }
    public String getReplyNote() { return replyNote; }
    public String getRuling() { return ruling; }
    public Boolean getRulingQualified() { return rulingQualified; }
    public String getBidderCode() { return bidderCode; }
}
