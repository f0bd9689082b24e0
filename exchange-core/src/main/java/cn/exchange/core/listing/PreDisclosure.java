package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A project's pre-disclosure (信息预披露, rules 3 and 4): a public notice of its own, published on the board before the
 * formal announcement, so that the market hears of a change of control or a capital increase early.
 * <ul>
 *   <li>rule 3: where control of the enterprise changes it is required, filed within
 *       {@value DisclosureRules#PRE_DISCLOSURE_FILING_WD} working days of the approval (or of the holder's internal
 *       decision, the 2022 notice — then a pending approval is stated in the notice);</li>
 *   <li>rules 3, 4: it runs at least {@value DisclosureRules#PRE_DISCLOSURE_MIN_WD} working days, counted as an
 *       announcement is ({@link DisclosureRules#firstDay}, ends 17:00 Beijing time);</li>
 *   <li>it counts only once it ran its full period: a change of control may be formally announced only after it ended,
 *       and a capital increase's formal part is shortened ({@link DisclosureRules#minimumWorkingDays}) only then.</li>
 * </ul>
 * Immutable once filed; a project has at most one.
 */
@Embeddable
public class PreDisclosure {

    /** The approval's date, or the date of the holder's internal decision when the approval is still pending. */
    @Column(name = "pre_basis_date")
    private LocalDate basisDate;
    @Column(name = "pre_approval_pending")
    private Boolean approvalPending;
    @Column(name = "pre_published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "pre_start")
    private LocalDate start;
    @Column(name = "pre_wd")
    private Integer workingDays;
    @Column(name = "pre_ends_at")
    private OffsetDateTime endsAt;

    protected PreDisclosure() {
    }

    /**
     * Files a pre-disclosure at {@code now}: {@code workingDays} ≥ 20 from the first working day; when
     * {@code filingWindow}, the filing day (the first day it counts) is at most 10 working days after {@code basisDate}.
     */
    static PreDisclosure file(LocalDate basisDate, boolean approvalPending, int workingDays, boolean filingWindow,
                              OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        if (basisDate == null) {
            throw new DomainException("basisDate", "common.required");
        }
        LocalDate first = DisclosureRules.firstDay(now, calendar, settings);
        if (basisDate.isAfter(first)) {
            throw new DomainException("basisDate", "preDisclosure.basisInFuture");
        }
        if (workingDays < DisclosureRules.PRE_DISCLOSURE_MIN_WD) {
            throw new DomainException("workingDays", "preDisclosure.tooShort", DisclosureRules.PRE_DISCLOSURE_MIN_WD);
        }
        if (filingWindow) {
            LocalDate lastFilingDay = lastFilingDay(basisDate, calendar);
            if (first.isAfter(lastFilingDay)) {
                throw new DomainException("basisDate", "preDisclosure.filedTooLate", DisclosureRules.PRE_DISCLOSURE_FILING_WD,
                        lastFilingDay.toString());
            }
        }
        PreDisclosure p = new PreDisclosure();
        p.basisDate = basisDate;
        p.approvalPending = approvalPending;
        p.publishedAt = now;
        p.start = first;
        p.workingDays = workingDays;
        p.endsAt = DisclosureRules.endsAt(first, workingDays, calendar, settings);
        return p;
    }

    /** Rule 3: the last day a pre-disclosure may start counting: the 10th working day after {@code basisDate}. */
    public static LocalDate lastFilingDay(LocalDate basisDate, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(basisDate.plusDays(1), DisclosureRules.PRE_DISCLOSURE_FILING_WD);
    }

    /** Whether the period ran to its end by {@code at}. */
    public boolean ranFullPeriodBy(OffsetDateTime at) {
        return endsAt != null && !at.isBefore(endsAt);
    }

    /** The working days that count towards the formal period at {@code at}: all of them once it ended, else none. */
    public int completedWorkingDays(OffsetDateTime at) {
        return ranFullPeriodBy(at) ? workingDays : 0;
    }

    public LocalDate basisDate() { return basisDate; }
    public boolean approvalPending() { return Boolean.TRUE.equals(approvalPending); }
    public OffsetDateTime publishedAt() { return publishedAt; }
    public LocalDate start() { return start; }
    public int workingDays() { return workingDays == null ? 0 : workingDays; }
    public OffsetDateTime endsAt() { return endsAt; }

    /** Whether this holds a filed pre-disclosure (an embedded value read from a row without one has no dates). */
    boolean filed() {
        return publishedAt != null;
    }
}
