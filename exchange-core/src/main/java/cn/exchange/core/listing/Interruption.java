package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.time.OffsetDateTime;

/**
 * Rule 11: a running announcement suspended (中止) with a reason and resumed within [1 month] — the arithmetic of the
 * working days is {@link Suspension}'s —, or a listing terminated (终结) with a reason. The lot's verbs
 * ({@link Lot#suspend}, {@link Lot#resume}, {@link Lot#terminate}) come here.
 */
final class Interruption {

    private Interruption() {
    }

    /** Rule 11: suspension needs a reason; the elapsed and remaining working days are kept for resumption. */
    static Notice suspend(Lot lot, String reason, OffsetDateTime now, WorkingDayCalendar calendar) {
        lot.require(ListingStatus.PUBLISHED);
        String why = NoticeText.published("reason", reason);
        lot.suspended(Suspension.begin(now, lot.getDisclosureStart(), lot.getEndsAt(), calendar));
        return Notice.of(lot, NoticeKind.SUSPENSION, now, NoticeText.of("SUSPENSION", now, why));
    }

    /**
     * Rule 11: resumption within [1 month]; afterwards the cumulative period is ≥ 20 WD and ≥ 10 WD remain to run.
     */
    static Notice resume(Lot lot, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        lot.require(ListingStatus.SUSPENDED);
        Suspension suspension = lot.suspension();
        if (suspension.overdue(now, settings.suspensionMax())) {
            throw new DomainException(null, "listing.suspensionOverdue");
        }
        int remaining = suspension.remainingOnResume();
        lot.reopen(DisclosurePeriod.of(now, remaining, calendar, settings).counting(suspension.elapsedWd() + remaining),
                ListingStatus.PUBLISHED);
        return Notice.of(lot, NoticeKind.RESUMPTION, now, NoticeText.of("RESUMPTION", now, remaining, lot.getEndsAt()));
    }

    /** Rule 11: termination needs a reason and is published; a lot whose session is set ends only by that session's rules. */
    static Notice terminate(Lot lot, String reason, OffsetDateTime now) {
        lot.require(ListingStatus.PUBLISHED, ListingStatus.SUSPENDED, ListingStatus.DISCLOSURE_ENDED, ListingStatus.SUBMITTED,
                ListingStatus.AUCTION_SCHEDULED, ListingStatus.SELL_OFF);
        String why = NoticeText.published("reason", reason);
        if (lot.getStatus() == ListingStatus.AUCTION_SCHEDULED && lot.getOutcome() != null && lot.getOutcome().auctionStartsAt() != null) {
            // a lot awaiting its session may be ended with a reason; once a session is set, only its own rules end it
            throw new DomainException(null, "listing.sessionScheduled");
        }
        lot.moveTo(ListingStatus.TERMINATED);
        return Notice.of(lot, NoticeKind.TERMINATION, now, NoticeText.of("TERMINATION", now, why));
    }
}
