package cn.exchange.core.qualification;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.qualification.Application.Opinion;
import cn.exchange.core.qualification.Application.Reply;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static cn.exchange.core.qualification.DepositDeadlineTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules 13, 14: an application's review — the exchange's opinion, the transferor's reply within its deadline or its
 * silence, and the approving body's ruling on an objection — decides, with the deposit, whether the bidder qualifies.
 */
class ApplicationReviewTest {

    static final OffsetDateTime APPLIED = at("2026-10-13T09:00+08:00");
    static final OffsetDateTime REVIEWED = at("2026-11-10T10:00+08:00");
    static final OffsetDateTime REPLY_BY = at("2026-11-17T17:00+08:00");

    final Lot lot;
    final Application a;

    ApplicationReviewTest() throws Exception {
        lot = new DepositDeadlineTest().publishedLot(false);
        a = Application.forLot(lot, 7, true, null, null, APPLIED, "10.0.0.1");
        a.depositReceived(APPLIED.plusDays(1));
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.problems().get(0).code();
        }
        return null;
    }

    @Test
    void beforeAnOpinionNothingCanBeRepliedOrRuledAndTheReviewIsNotComplete() {
        assertThat(code(() -> a.reply(Reply.AGREED, null, REVIEWED))).isEqualTo("application.noOpinionYet");
        assertThat(code(() -> a.ruling(true, "裁定合格"))).isEqualTo("application.noDispute");
        assertThat(code(() -> a.replyBy(REPLY_BY))).isEqualTo("application.noOpinionYet");
        assertThat(a.getOpinion()).isNull();
        assertThat(a.reviewComplete(REPLY_BY.plusDays(30))).isFalse();
        assertThat(a.qualifies()).isFalse();
    }

    @Test
    void aRejectionCitesAConditionOrTheMissedDepositWithWordsAndAnApprovalCitesNothing() {
        assertThat(code(() -> a.review(null, null, null, lot, "审核员", REVIEWED, REPLY_BY))).isEqualTo("common.required");
        assertThat(code(() -> a.review(Opinion.REJECTED, List.of("R16"), null, lot, "审核员", REVIEWED, REPLY_BY)))
                .isEqualTo("application.rejectionNeedsWords");
        // the deposit came in time: rule 16 cannot be cited
        assertThat(code(() -> a.review(Opinion.REJECTED, List.of("R16"), "保证金未按时到账", lot, "审核员", REVIEWED, REPLY_BY)))
                .isEqualTo("application.depositGroundNotMet");
        assertThat(code(() -> a.review(Opinion.QUALIFIED, List.of("R16"), null, lot, "审核员", REVIEWED, REPLY_BY)))
                .isEqualTo("application.groundsOnlyForRejection");
        a.review(Opinion.QUALIFIED, List.of(), null, lot, "审核员", REVIEWED, REPLY_BY);
        assertThat(a.getOpinion()).isEqualTo(Opinion.QUALIFIED);
        assertThat(a.getOpinionBy()).isEqualTo("审核员");
        assertThat(a.getReplyDeadline()).isEqualTo(REPLY_BY);
    }

    @Test
    void theTransferorsSilencePastTheDeadlineIsAgreement() {
        a.review(Opinion.QUALIFIED, null, null, lot, "审核员", REVIEWED, REPLY_BY);
        assertThat(a.reviewComplete(REPLY_BY)).isFalse();
        assertThat(a.reviewComplete(REPLY_BY.plusMinutes(1))).isTrue();
        assertThat(a.qualifies()).isTrue();
        assertThat(code(() -> a.reply(Reply.AGREED, null, REPLY_BY.plusMinutes(1)))).isEqualTo("application.replyTooLate");
    }

    @Test
    void anOpinionAwaitingItsYearsCalendarIsNeverSilentlyAgreed() {
        a.review(Opinion.QUALIFIED, null, null, lot, "审核员", REVIEWED, null);
        assertThat(a.reviewComplete(REVIEWED.plusYears(1))).isFalse();
        a.replyBy(REPLY_BY);
        assertThat(code(() -> a.replyBy(REPLY_BY.plusDays(1)))).as("once known, the deadline stays").isEqualTo("application.noOpinionYet");
        assertThat(a.reviewComplete(REPLY_BY.plusMinutes(1))).isTrue();
    }

    @Test
    void anObjectionNeedsItsReasonAndTheRulingDecides() {
        a.review(Opinion.QUALIFIED, null, null, lot, "审核员", REVIEWED, REPLY_BY);
        assertThat(code(() -> a.reply(Reply.OBJECTED, " ", REVIEWED.plusDays(1)))).isEqualTo("application.objectionNeedsReason");
        a.reply(Reply.OBJECTED, "意向受让方与转让方存在关联关系", REVIEWED.plusDays(1));
        assertThat(code(() -> a.reply(Reply.AGREED, null, REVIEWED.plusDays(2)))).isEqualTo("application.alreadyReplied");
        assertThat(a.reviewComplete(REPLY_BY.plusDays(30))).as("an objection waits for the ruling").isFalse();
        assertThat(a.qualifies()).isFalse();
        assertThat(code(() -> a.ruling(false, " "))).isEqualTo("common.required");
        a.ruling(false, "经审批单位裁定，不具备受让资格");
        assertThat(a.reviewComplete(REPLY_BY)).isTrue();
        assertThat(a.qualifies()).as("the ruling, not the exchange's opinion").isFalse();
        assertThat(a.getRuling()).isEqualTo("经审批单位裁定，不具备受让资格");
    }

    @Test
    void aWithdrawnApplicationNeedsNoReviewAndNeverQualifies() {
        a.review(Opinion.QUALIFIED, null, null, lot, "审核员", REVIEWED, REPLY_BY);
        a.withdraw();
        assertThat(a.reviewComplete(REVIEWED)).isTrue();
        assertThat(a.qualifies()).isFalse();
        assertThat(code(() -> a.reply(Reply.AGREED, null, REVIEWED))).isEqualTo("application.closed");
    }
}
