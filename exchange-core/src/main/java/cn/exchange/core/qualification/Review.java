package cn.exchange.core.qualification;

import cn.exchange.core.qualification.Application.Opinion;
import cn.exchange.core.qualification.Application.Reply;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The review of one application (rules 13, 14): the exchange's opinion, the transferor's reply within its deadline (or
 * its silence), and the approving body's ruling when the transferor objects. Part of {@link Application}, which checks
 * that the record is still open before it asks anything here.
 */
@Embeddable
public class Review {

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

    /**
     * The exchange's opinion. Rule 13: a rejection cites one or more of the lot's published buyer conditions
     * ({@code buyerConditions}, from {@link RejectionGrounds#citable}) or rule 16's deposit ({@link RejectionGrounds#DEPOSIT},
     * only when {@code depositMissed} says the deposit missed its deadline), with the staff's words beside the citation.
     * An approval cites nothing. The transferor's reply is due by {@code replyDeadline} (rule 14; null while its year's
     * calendar is not entered).
     */
    void opine(Opinion opinion, List<String> grounds, String reason, String buyerConditions, BooleanSupplier depositMissed,
               String by, OffsetDateTime now, OffsetDateTime replyDeadline) {
        if (opinion == null) {
            throw new DomainException("opinion", "common.required");
        }
        String cited = null;
        if (opinion == Opinion.REJECTED) {
            cited = RejectionGrounds.check(grounds, buyerConditions);
            if (reason == null || reason.isBlank()) {
                throw new DomainException("reason", "application.rejectionNeedsWords");
            }
            if (List.of(cited.split(",")).contains(RejectionGrounds.DEPOSIT) && !depositMissed.getAsBoolean()) {
                throw new DomainException("grounds", "application.depositGroundNotMet");
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
    void replyBy(OffsetDateTime deadline) {
        if (opinion == null || replyDeadline != null) {
            throw new DomainException(null, "application.noOpinionYet");
        }
        replyDeadline = deadline;
    }

    /** The transferor agrees or objects, within the deadline; an objection needs its reason. */
    void reply(Reply reply, String note, OffsetDateTime now) {
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
    void ruling(boolean qualified, String text) {
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
     * Whether the review is complete at {@code now}: an opinion, and the transferor's agreement (or silence past the
     * deadline), or a ruling on its objection.
     */
    boolean complete(OffsetDateTime now) {
        if (opinion == null) {
            return false;
        }
        if (transferorReply == null) {
            // silence is agreement only once the deadline is known and passed (it may await its year's calendar)
            return replyDeadline != null && now.isAfter(replyDeadline);
        }
        return transferorReply == Reply.AGREED || rulingQualified != null;
    }

    /** The review's verdict: the opinion as agreed or silently agreed, or as the ruling decided an objection. */
    boolean favourable() {
        if (opinion == null) {
            return false;
        }
        if (transferorReply == Reply.OBJECTED) {
            return Boolean.TRUE.equals(rulingQualified);
        }
        return opinion == Opinion.QUALIFIED;
    }

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
}
