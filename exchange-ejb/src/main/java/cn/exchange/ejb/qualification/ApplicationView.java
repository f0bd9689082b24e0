package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.RejectionGrounds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as its bidder and the exchange's staff see it. {@code bidderName} is filled only for those entitled
 * to it (the bidder itself, staff, supervisors); an agency gets {@link #masked()}.
 *
 * @param replyAwaiting the year whose calendar the transferor's reply deadline awaits (rule 1), or null
 */
public record ApplicationView(long id, long lotId, String lotNumber, String lotTitle, String bidderName, String status,
                              OffsetDateTime submittedAt, BigDecimal depositAmount, OffsetDateTime depositDeadline,
                              String paymentReference, OffsetDateTime depositPaidAt, String opinion, String opinionReason,
                              OffsetDateTime replyDeadline, Integer replyAwaiting, String transferorReply, String replyNote, String ruling,
                              String bidderCode, boolean priorityRight, String relatedParties, List<String> flags,
                              List<RejectionGrounds.Ground> opinionGrounds, String lotStatus) {

    static ApplicationView of(Application a, String lotNumber, String lotTitle, String bidderName, List<String> flags,
                              Integer replyAwaiting) {
        return of(a, null, lotNumber, lotTitle, bidderName, flags, replyAwaiting, null);
    }

    /** With the rejection's citations read against the lot's published conditions (rule 13). */
    static ApplicationView of(Application a, String buyerConditions, String lotNumber, String lotTitle, String bidderName,
                              List<String> flags, Integer replyAwaiting, String lotStatus) {
        return new ApplicationView(a.getId(), a.getLotId(), lotNumber, lotTitle, bidderName, a.getStatus().name(),
                a.getSubmittedAt(), a.getDepositAmount(), a.getDepositDeadline(), a.getPaymentReference(), a.getDepositPaidAt(),
                a.getOpinion() == null ? null : a.getOpinion().name(), a.getOpinionReason(), a.getReplyDeadline(), replyAwaiting,
                a.getTransferorReply() == null ? null : a.getTransferorReply().name(), a.getReplyNote(), a.getRuling(),
                a.getBidderCode(), a.isPriorityRight(), a.getRelatedParties(), flags,
                RejectionGrounds.cited(a.getOpinionGrounds(), buyerConditions, java.util.Locale.CHINESE), lotStatus);
    }

 /** How a masked applicant is named to the agency: "意向受让方 A" (the pages say it in the reader's language). */
    public static final String MASK_PREFIX = "意向受让方 ";

    /** The letter of a masked applicant ("A"), null when the view names the applicant. */
    public String maskLetter() {
        return bidderName != null && bidderName.startsWith(MASK_PREFIX) ? bidderName.substring(MASK_PREFIX.length()) : null;
    }

    /** What a transferring agency sees: the opinion to confirm, never who the applicant is (before the award). */
    public ApplicationView masked(int ordinal) {
        return new ApplicationView(id, lotId, lotNumber, lotTitle, MASK_PREFIX + (char) ('A' + (ordinal % 26)) + (ordinal >= 26 ? ordinal / 26 : ""),
                status, submittedAt, null, null, null, depositPaidAt, opinion, opinionReason, replyDeadline, replyAwaiting, transferorReply,
                replyNote, ruling, null, priorityRight, null, List.of(), opinionGrounds, lotStatus);
    }
}
