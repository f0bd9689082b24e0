package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.time.OffsetDateTime;

/**
 * Rules 2–5, 9 and 10: the announcement of a lot's round — published for the period {@link DisclosureRules} decides,
 * amended (its end moves by [N] WD), ended at its end (by itself without applicants, rule 9) and extended. The lot's
 * verbs ({@link Lot#publish}, {@link Lot#amend}, {@link Lot#expire}, {@link Lot#extend}) come here; a court lot's notice
 * is {@link CourtSale}'s, a new round's {@link Relisting}'s.
 */
final class Announcement {

    private Announcement() {
    }

    /**
     * Publishes the announcement (formal disclosure): the period by {@link DisclosureRules}, counted from the first
     * working day; the content freezes. A court lot's notice is the court's ({@link CourtSale#publish}).
     */
    static Notice publish(Lot lot, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        lot.require(ListingStatus.SUBMITTED, ListingStatus.DRAFT);
        lot.valuation().requireUsable(now);
        if (lot.court()) {
            return CourtSale.publish(lot, now, calendar, settings);
        }
        Project project = lot.getProject();
        int wd = DisclosureRules.minimumWorkingDays(project.getCategory().transactionType(), lot.getListingPrice(),
                project.preDisclosedWorkingDays(now), settings);
        lot.firstPublish(DisclosurePeriod.of(now, wd, calendar, settings));
        return Notice.of(lot, NoticeKind.ANNOUNCEMENT, now, NoticeText.of(lot.isAnnualPrice() ? "ANNOUNCEMENT.annual" : "ANNOUNCEMENT",
                lot.getDisclosureStart(), wd, lot.getEndsAt(), lot.getListingPrice(), depositClause(lot)));
    }

    /** Docs/rules.md §1.4: the deposit's forfeiture grounds the announcement states ({@code notice.depositClause.*}). */
    private static NoticeText.Term depositClause(Lot lot) {
        return new NoticeText.Term(lot.getProject().isNoBidForfeits() ? "notice.depositClause.noBid" : "notice.depositClause.standard");
    }

    /** Rule 10: an amendment to a running announcement is published and extends the end date by [N] WD. */
    static Notice amend(Lot lot, String text, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        lot.require(ListingStatus.PUBLISHED);
        String why = NoticeText.published("text", text);
        lot.reopen(lot.period().amended(calendar, settings), ListingStatus.PUBLISHED);
        return Notice.of(lot, NoticeKind.AMENDMENT, now, NoticeText.of("AMENDMENT", why, lot.getEndsAt()));
    }

    /**
     * The announcement's end. Rule 9: without applicants and without an extension clause the listing ends by itself
     * (TERMINATED); otherwise it waits for qualification or the decision to extend.
     */
    static Notice expire(Lot lot, OffsetDateTime now, int applicants) {
        lot.require(ListingStatus.PUBLISHED);
        if (now.isBefore(lot.getEndsAt())) {
            throw new DomainException(null, "listing.notYetEnded");
        }
        if (applicants == 0 && !lot.isExtensionAllowed()) {
            lot.moveTo(ListingStatus.TERMINATED);
            return Notice.of(lot, NoticeKind.ENDED_WITHOUT_BUYER, now, NoticeText.of("ENDED_WITHOUT_BUYER", lot.getEndsAt()));
        }
        lot.moveTo(ListingStatus.DISCLOSURE_ENDED);
        // how many applied stays secret until the result (no count in the public text)
        return Notice.of(lot, NoticeKind.DISCLOSURE_ENDED, now, NoticeText.of("DISCLOSURE_ENDED", lot.getEndsAt()));
    }

    /** Rule 9: an extension only if the announcement allowed it, each ≥ [5] WD, when no bidder qualified. */
    static Notice extend(Lot lot, int workingDays, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        lot.require(ListingStatus.DISCLOSURE_ENDED);
        if (!lot.isExtensionAllowed()) {
            throw new DomainException("workingDays", "listing.extensionNotAllowed");
        }
        if (workingDays < settings.extensionMinWd()) {
            throw new DomainException("workingDays", "listing.extensionTooShort", settings.extensionMinWd());
        }
        TwelveMonths.requireWithin(lot, now);
        lot.reopen(DisclosurePeriod.of(now, workingDays, calendar, settings), ListingStatus.PUBLISHED);
        return Notice.of(lot, NoticeKind.EXTENSION, now, NoticeText.of("EXTENSION", workingDays, lot.getEndsAt()));
    }
}
