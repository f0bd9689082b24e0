package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One lot (标的) and its listing: the terms the agency entered, and the life of its announcement — the listing
 * aggregate. Every transition below checks the rule it implements and returns the public notice it causes; the
 * service stores the notice and the audit record in the same transaction.
 *
 * <pre>
 * DRAFT/SUBMITTED --publish--> PUBLISHED --expire--> DISCLOSURE_ENDED --extend--> PUBLISHED
 *                               |   ^  \--amend (end + N WD)                   \--relist--> PUBLISHED (new round)
 *                          suspend  resume                                      \--terminate--> TERMINATED
 *                               v   |                     (12 months without buyer) --lock--> LOCKED --revalue--> SUBMITTED
 *                             SUSPENDED --terminate--> TERMINATED
 * DISCLOSURE_ENDED --concludeQualification--> NEGOTIATION --recordNegotiatedDeal--> NEGOTIATED_DEAL
 *                                         \--> AUCTION_SCHEDULED --recordAuctionResult--> AUCTION_SOLD | AUCTION_FAILED --relist-->
 * court lots (rule 34): AUCTION_FAILED --reauction (once)--> PUBLISHED; AUCTION_FAILED after the re-auction --sellOff--> SELL_OFF
 * </pre>
 */
@Entity
@Table(name = "lot")
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "lot_no", nullable = false)
    private int lotNo;

    /** What the announcement says in words. */
    @Embedded
    private Particulars particulars;
    /** The valuation behind the price (rules 6, 7, 12). */
    @Embedded
    private Valuation valuation;
    /** How the lot is sold: price, deposit, method and their companions. */
    @Embedded
    private SaleTerms sale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ListingStatus status;
    /** Listing round: 1 for the first listing, +1 for every relisting. */
    @Column(nullable = false)
    private int round;
    /** The announcement's period, once published (rules 2–5, 8–11). */
    @Embedded
    private DisclosurePeriod period;
    /** Rule 7: the approval of the current round's price when it lies below 90 % of the valuation ({@link PriceApproval}). */
    @Column(name = "price_approval_id")
    private Long priceApprovalId;
    @Column(name = "first_published_on")
    private LocalDate firstPublishedOn;
    /** Docs/rules.md §1.4: the sold lot this one relists after its deal was forfeited, and that deal; null otherwise. */
    @Column(name = "relisted_from_lot_id")
    private Long relistedFromLotId;
    @Column(name = "relisted_after_deal_id")
    private Long relistedAfterDealId;
    /** The running suspension, while status is SUSPENDED (rule 11). */
    @Embedded
    private Suspension suspension;

    /** What qualification decided (rules 17–19), once it has. */
    @Embedded
    private SaleOutcome outcome;

    @Version
    private long version;

    protected Lot() {
    }

    /** A new lot in a project, from terms already checked by {@link LotRules}. */
    public Lot(Project project, int lotNo, LotTerms t) {
        this.project = project;
        this.lotNo = lotNo;
        this.status = ListingStatus.DRAFT;
        this.round = 1;
        apply(t);
    }

    private void apply(LotTerms t) {
        particulars = Particulars.of(t);
        valuation = Valuation.of(t);
        sale = SaleTerms.of(t, court(), sale);
    }

    /** Rule 34: whether the lot is court-entrusted and so follows the court's rules (SPC 2016), not rules 6–8 and 18. */
    public boolean court() {
        return project.getCategory().courtStyle();
    }

    /** A Dutch lot's start price, step, interval and floor, as registered; null for other methods. */
    public DutchTerms getDutchTerms() {
        return sale.dutch();
    }

    /**
     * Rule 10: the lot's terms, documents and priority holders change only before formal disclosure starts (a draft or a
     * lot submitted to the exchange); once published, a change is an amendment ({@link #amend}).
     */
    public boolean isEditable() {
        return status == ListingStatus.DRAFT || status == ListingStatus.SUBMITTED;
    }

    /** Rule 10: refused with {@code listing.frozen} on {@code field} (null: the whole form) once published. */
    public void requireEditable(String field) {
        if (!isEditable()) {
            throw new DomainException(field, "listing.frozen");
        }
    }

    /** Rule 10: terms may change only before formal disclosure starts. */
    public void edit(LotTerms t) {
        requireEditable(null);
        apply(t);
    }

    /**
     * Publishes the announcement (formal disclosure): the period by {@link DisclosureRules}, counted from the first
     * working day; the content freezes. A court lot's notice is the court's ({@link CourtSale#publish}).
     */
    public Notice publish(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.SUBMITTED, ListingStatus.DRAFT);
        requireUsableValuation(now);
        if (court()) {
            return CourtSale.publish(this, now, calendar, settings);
        }
        int wd = DisclosureRules.minimumWorkingDays(project.getCategory().transactionType(), getListingPrice(),
                project.preDisclosedWorkingDays(now), settings);
        firstPublish(DisclosurePeriod.of(now, wd, calendar, settings));
        return Notice.of(this, NoticeKind.ANNOUNCEMENT, now, NoticeText.of(isAnnualPrice() ? "ANNOUNCEMENT.annual" : "ANNOUNCEMENT",
                period.start(), wd, getEndsAt(), getListingPrice(), depositClause()));
    }

    /** The first round's announcement runs over {@code p}; the 12 months of rule 12 count from its start. */
    void firstPublish(DisclosurePeriod p) {
        reopen(p, ListingStatus.PUBLISHED);
        firstPublishedOn = p.start();
    }

    /** The announcement (again) runs over {@code p}, the lot in {@code s}. */
    void reopen(DisclosurePeriod p, ListingStatus s) {
        period = p;
        status = s;
    }

    /** Rules 7, 8, 34: a new round of the announcement over {@code p}; {@code approvalId} approves its price (rule 7). */
    void nextRound(DisclosurePeriod p, Long approvalId) {
        round++;
        priceApprovalId = approvalId;
        reopen(p, ListingStatus.PUBLISHED);
    }

    /** Docs/rules.md §1.4: this new lot relists {@code sold} after its deal {@code dealId} was forfeited, at {@code price}. */
    void relistOf(Lot sold, long dealId, BigDecimal price, Long approvalId, DisclosurePeriod p) {
        relistedFromLotId = sold.getId();
        relistedAfterDealId = dealId;
        sale.priorityExercise(sold.getPriorityExercise(), sold.getPriorityMatchSeconds());
        sale.reprice(price);
        round = sold.getRound() + 1;
        priceApprovalId = approvalId;
        firstPublish(p);
    }

    /** Docs/rules.md §1.4: the deposit's forfeiture grounds the announcement states ({@code notice.depositClause.*}). */
    private NoticeText.Term depositClause() {
        return new NoticeText.Term(project.isNoBidForfeits() ? "notice.depositClause.noBid" : "notice.depositClause.standard");
    }

    /** Rule 10: an amendment to a running announcement is published and extends the end date by [N] WD. */
    public Notice amend(String text, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.PUBLISHED);
        requireReason("text", text);
        period = period.amended(calendar, settings);
        return Notice.of(this, NoticeKind.AMENDMENT, now, NoticeText.of("AMENDMENT", text.trim(), getEndsAt()));
    }

    /**
     * The announcement's end. Rule 9: without applicants and without an extension clause the listing ends by itself
     * (TERMINATED); otherwise it waits for qualification or the decision to extend.
     */
    public Notice expire(OffsetDateTime now, int applicants) {
        require(ListingStatus.PUBLISHED);
        if (now.isBefore(getEndsAt())) {
            throw new DomainException(null, "listing.notYetEnded");
        }
        if (applicants == 0 && !isExtensionAllowed()) {
            status = ListingStatus.TERMINATED;
            return Notice.of(this, NoticeKind.ENDED_WITHOUT_BUYER, now, NoticeText.of("ENDED_WITHOUT_BUYER", getEndsAt()));
        }
        status = ListingStatus.DISCLOSURE_ENDED;
        // how many applied stays secret until the result (no count in the public text)
        return Notice.of(this, NoticeKind.DISCLOSURE_ENDED, now, NoticeText.of("DISCLOSURE_ENDED", getEndsAt()));
    }

    /** Rule 9: an extension only if the announcement allowed it, each ≥ [5] WD, when no bidder qualified. */
    public Notice extend(int workingDays, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.DISCLOSURE_ENDED);
        if (!isExtensionAllowed()) {
            throw new DomainException("workingDays", "listing.extensionNotAllowed");
        }
        if (workingDays < settings.extensionMinWd()) {
            throw new DomainException("workingDays", "listing.extensionTooShort", settings.extensionMinWd());
        }
        requireWithinTwelveMonths(now);
        reopen(DisclosurePeriod.of(now, workingDays, calendar, settings), ListingStatus.PUBLISHED);
        return Notice.of(this, NoticeKind.EXTENSION, now, NoticeText.of("EXTENSION", workingDays, getEndsAt()));
    }

    /** Rules 7, 8: relisting at a new price after a round without buyer ({@link Relisting#relist}). */
    public Notice relist(BigDecimal newPrice, boolean onlyPriceChanged, PriceApproval approval, OffsetDateTime now,
                         WorkingDayCalendar calendar, ListingSettings settings) {
        return Relisting.relist(this, newPrice, onlyPriceChanged, approval, now, calendar, settings);
    }

    /** The terms as the agency entered them (with the current listing price). */
    LotTerms terms() {
        return new LotTerms(getTitle(), getDescription(), getLocation(), getRegion(), getAppraiser(), getValuationBaseDate(),
                getAppraisedValue(), getListingPrice(), getDeposit(), getIncrement(), getReservePrice(), valuation.negativeNetAssets(),
                getBuyerConditions(), getConditionsFilingRef(), getBiddingMethod(), getPaymentTerms(), isExtensionAllowed(),
                isAnnualPrice(), getTermYears(), getDutchTerms(), getCourtAssetKind());
    }

    /**
     * Rules 17–19: qualification concluded with {@code qualified} bidders. None: the lot stays ended, for extension,
     * relisting or termination; one: negotiated transfer; two or more: the announced method, to be scheduled.
     */
    public Notice concludeQualification(int qualified, OffsetDateTime now) {
        require(ListingStatus.DISCLOSURE_ENDED);
        var path = SalePath.of(qualified, court());
        outcome = SaleOutcome.decided(path);
        status = path == SalePath.NEGOTIATED ? ListingStatus.NEGOTIATION
                : path == SalePath.COMPETITIVE ? ListingStatus.AUCTION_SCHEDULED : status;
        // neither how many qualified nor the path they decide is published before the result
        return Notice.of(this, NoticeKind.QUALIFICATION_CONCLUDED, now, NoticeText.of("QUALIFICATION_CONCLUDED", now));
    }

    /** Rule 17: the competitive session of a lot with two or more qualified bidders, set by staff, in the future. */
    public Notice scheduleAuction(OffsetDateTime startsAt, OffsetDateTime now) {
        require(ListingStatus.AUCTION_SCHEDULED);
        outcome.schedule(startsAt, now);
        return Notice.of(this, NoticeKind.AUCTION_SCHEDULED, now, NoticeText.of("AUCTION_SCHEDULED", startsAt,
                NoticeText.method(getBiddingMethod())));
    }

    /**
     * Rule 25: staff annul the running session for a recorded technical fault (the reason is published). The lot awaits
     * its re-run, which staff schedule for the same qualified bidders ({@link #scheduleAuction}); until then it may also
     * be ended ({@link #terminate}). Whether the session may still be annulled is its own rule
     * ({@code AuctionTerms.requireAnnullable}).
     *
     * @param session the number of the annulled session (1 the first)
     */
    public Notice annulSession(int session, String reason, OffsetDateTime now) {
        require(ListingStatus.AUCTION_SCHEDULED);
        requireReason("reason", reason);
        if (outcome != null) {
            outcome.unschedule();
        }
        return Notice.of(this, NoticeKind.SESSION_ANNULLED, now, NoticeText.of("SESSION_ANNULLED", session, now, reason.trim()));
    }

    /**
     * Rules 20, 22: the session's result, as its engine closed it — awarded to a bidder code at a price, or failed (no
     * valid bid, or below the reserve). Recorded once: a second call finds the lot no longer scheduled.
     */
    public Notice recordAuctionResult(String winnerCode, BigDecimal price, String failureReason, OffsetDateTime closedAt,
                                      OffsetDateTime now) {
        require(ListingStatus.AUCTION_SCHEDULED);
        status = winnerCode != null ? ListingStatus.AUCTION_SOLD : ListingStatus.AUCTION_FAILED;
        outcome.auctioned(winnerCode, price, failureReason, closedAt);
        var method = NoticeText.method(getBiddingMethod());
        return Notice.of(this, NoticeKind.AUCTION_RESULT, now, winnerCode != null
                ? NoticeText.of("AUCTION_RESULT.awarded", closedAt, method, winnerCode, price)
                : NoticeText.of("AUCTION_RESULT.failed", closedAt, method, NoticeText.failure(failureReason)));
    }

    /** Rule 34: a failed court auction is auctioned once more ({@link CourtSale#reauction}). */
    public Notice reauction(BigDecimal newStart, BigDecimal newDeposit, OffsetDateTime now, WorkingDayCalendar calendar,
                            ListingSettings settings) {
        return CourtSale.reauction(this, newStart, newDeposit, now, calendar, settings);
    }

    /** Rule 34: after the re-auction failed too, the court lot is sold off (变卖, {@link CourtSale#sellOff}). */
    public Notice sellOff(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return CourtSale.sellOff(this, now, calendar, settings);
    }

    /** A re-auction forgets the failed auction's outcome; the next qualification decides afresh. */
    void forgetOutcome() {
        outcome = null;
    }

    /** Rule 18: the one qualified bidder's negotiated transfer, at no less than the listing price. */
    public Notice recordNegotiatedDeal(BigDecimal price, OffsetDateTime now) {
        require(ListingStatus.NEGOTIATION);
        outcome.negotiated(price, getListingPrice());
        status = ListingStatus.NEGOTIATED_DEAL;
        return Notice.of(this, NoticeKind.NEGOTIATED_DEAL, now, NoticeText.of("NEGOTIATED_DEAL", now, getListingPrice(),
                outcome.negotiatedPrice()));
    }

    /** Rule 11: suspension (中止) needs a reason; the elapsed and remaining working days are kept for resumption. */
    public Notice suspend(String reason, OffsetDateTime now, WorkingDayCalendar calendar) {
        require(ListingStatus.PUBLISHED);
        requireReason("reason", reason);
        suspension = Suspension.begin(now, period.start(), period.endsAt(), calendar);
        status = ListingStatus.SUSPENDED;
        return Notice.of(this, NoticeKind.SUSPENSION, now, NoticeText.of("SUSPENSION", now, reason.trim()));
    }

    /**
     * Rule 11: resumption within [1 month]; afterwards the cumulative period is ≥ 20 WD and ≥ 10 WD remain to run.
     */
    public Notice resume(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.SUSPENDED);
        if (suspensionOverdue(now, settings)) {
            throw new DomainException(null, "listing.suspensionOverdue");
        }
        int remaining = suspension.remainingOnResume();
        period = DisclosurePeriod.of(now, remaining, calendar, settings).counting(suspension.elapsedWd() + remaining);
        suspension = null;
        status = ListingStatus.PUBLISHED;
        return Notice.of(this, NoticeKind.RESUMPTION, now, NoticeText.of("RESUMPTION", now, remaining, getEndsAt()));
    }

    /** Whether a suspension has outlasted its limit (it can then only be terminated). */
    public boolean suspensionOverdue(OffsetDateTime now, ListingSettings settings) {
        return status == ListingStatus.SUSPENDED && suspension.overdue(now, settings.suspensionMax());
    }

    /** Rule 11: termination (终结) needs a reason and is published. */
    public Notice terminate(String reason, OffsetDateTime now) {
        require(ListingStatus.PUBLISHED, ListingStatus.SUSPENDED, ListingStatus.DISCLOSURE_ENDED, ListingStatus.SUBMITTED,
                ListingStatus.AUCTION_SCHEDULED, ListingStatus.SELL_OFF);
        requireReason("reason", reason);
        if (status == ListingStatus.AUCTION_SCHEDULED && outcome != null && outcome.auctionStartsAt() != null) {
            // a lot awaiting its session may be ended with a reason; once a session is set, only its own rules end it
            throw new DomainException(null, "listing.sessionScheduled");
        }
        status = ListingStatus.TERMINATED;
        return Notice.of(this, NoticeKind.TERMINATION, now, NoticeText.of("TERMINATION", now, reason.trim()));
    }

    /**
     * Rule 12: the states of a lot between rounds, without a buyer — ended, terminated or after a failed auction. Each
     * of them awaits extension or relisting, which twelve months after the first disclosure are refused; so each is
     * locked then, to come back through a new audit and valuation ({@link #revalue}). The lock job selects these.
     */
    public static final Set<ListingStatus> WITHOUT_BUYER = Collections.unmodifiableSet(
            EnumSet.of(ListingStatus.DISCLOSURE_ENDED, ListingStatus.TERMINATED, ListingStatus.AUCTION_FAILED));

    /** Rule 12: twelve months after the first formal disclosure without a buyer, the lot is locked. */
    public boolean staleAt(OffsetDateTime now) {
        return firstPublishedOn != null && status != ListingStatus.LOCKED
                && firstPublishedOn.plusMonths(12).isBefore(ExchangeTime.day(now));
    }

    /** Rule 12: whether the lot is to be locked now — stale, and in a state {@link #WITHOUT_BUYER}. */
    public boolean lockableAt(OffsetDateTime now) {
        return WITHOUT_BUYER.contains(status) && staleAt(now);
    }

    public Notice lock(OffsetDateTime now) {
        if (!staleAt(now)) {
            throw new DomainException(null, "listing.notStale");
        }
        require(WITHOUT_BUYER.toArray(ListingStatus[]::new));
        status = ListingStatus.LOCKED;
        return Notice.of(this, NoticeKind.LOCKED, now, NoticeText.of("LOCKED", firstPublishedOn));
    }

    /**
     * Rule 12: a locked lot returns with a new audit and valuation ({@link Valuation#revised}), and counts its 12 months
     * afresh: a first listing again (round 1), so rule 6 asks its price to reach the new valuation.
     */
    public void revalue(String appraiser, LocalDate baseDate, BigDecimal value, BigDecimal newListingPrice, OffsetDateTime now) {
        require(ListingStatus.LOCKED);
        Valuation revised = valuation.revised(appraiser, baseDate, value, ExchangeTime.day(now));
        BigDecimal price = Amounts.cny("listingPrice", newListingPrice, true);
        revised.requireFirstListingPrice(price, court());
        sale.reprice(price);
        valuation = revised;
        priceApprovalId = null;
        firstPublishedOn = null;
        round = 1;
        status = ListingStatus.SUBMITTED;
    }

    public void submit() {
        require(ListingStatus.DRAFT);
        status = ListingStatus.SUBMITTED;
    }

    /** Rule 12: a valuation older than one year from its base date cannot back a listing. */
    void requireUsableValuation(OffsetDateTime now) {
        valuation.requireUsable(ExchangeTime.day(now));
    }

    void requireWithinTwelveMonths(OffsetDateTime now) {
        if (staleAt(now)) {
            throw new DomainException(null, "listing.stale");
        }
    }

    void require(ListingStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new DomainException(null, "listing.wrongStatus", status.name());
        }
    }

    private static void requireReason(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(field, "common.required");
        }
    }

    /** How staff name the lot in lists: its project number, lot number and title, e.g. "DH2026CQ000012-1 东湖商贸大厦". */
    public String label() {
        return project.getNumber() + "-" + lotNo + " " + getTitle();
    }

    Valuation valuation() { return valuation; }
    SaleTerms sale() { return sale; }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public int getLotNo() { return lotNo; }
    public String getTitle() { return particulars.title(); }
    public String getDescription() { return particulars.description(); }
    public String getLocation() { return particulars.location(); }
    public String getRegion() { return particulars.region(); }
    public String getBuyerConditions() { return particulars.buyerConditions(); }
    public String getConditionsFilingRef() { return particulars.conditionsFilingRef(); }
    public String getPaymentTerms() { return particulars.paymentTerms(); }
    public String getAppraiser() { return valuation.appraiser(); }
    public LocalDate getValuationBaseDate() { return valuation.baseDate(); }
    public BigDecimal getAppraisedValue() { return valuation.value(); }
    public BigDecimal getListingPrice() { return sale.listingPrice(); }
    public BigDecimal getDeposit() { return sale.deposit(); }
    public BigDecimal getIncrement() { return sale.increment(); }
    public BigDecimal getReservePrice() { return sale.reservePrice(); }
    public BiddingMethod getBiddingMethod() { return sale.biddingMethod(); }
    public PriorityExercise getPriorityExercise() { return sale.priorityExercise(); }
    public Integer getPriorityMatchSeconds() { return sale.priorityMatchSeconds(); }
    public boolean isExtensionAllowed() { return sale.extensionAllowed(); }
    public boolean isAnnualPrice() { return sale.annualPrice(); }
    public Integer getTermYears() { return sale.termYears(); }
    public CourtAssetKind getCourtAssetKind() { return sale.courtAssetKind(); }
    public ListingStatus getStatus() { return status; }
    public int getRound() { return round; }
    public Long getPriceApprovalId() { return priceApprovalId; }
    public Long getRelistedFromLotId() { return relistedFromLotId; }
    public Long getRelistedAfterDealId() { return relistedAfterDealId; }
    public Integer getPeriodWd() { return period == null ? null : period.wd(); }
    /** Rule 34: whether {@link #getPeriodWd()} counts calendar days (a court lot) rather than working days. */
    public boolean isPeriodInCalendarDays() { return period != null && period.calendarDays(); }
    public LocalDate getDisclosureStart() { return period == null ? null : period.start(); }
    public OffsetDateTime getEndsAt() { return period == null ? null : period.endsAt(); }
    public LocalDate getFirstPublishedOn() { return firstPublishedOn; }
    /** What qualification decided, or null before. */
    public SaleOutcome getOutcome() { return outcome; }
}
