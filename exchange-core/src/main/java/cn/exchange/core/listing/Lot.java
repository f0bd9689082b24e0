package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
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
import java.util.List;

/**
 * One lot (标的) and its listing: the terms the agency entered, and the life of its announcement — the listing
 * aggregate. Every transition checks the rule it implements and returns the public notice it causes; the service
 * stores the notice and the audit record in the same transaction. The states and transitions are drawn on
 * {@link ListingStatus}; the steps of a rule with several live in its own class, which the verb below calls:
 * {@link Announcement} (rules 2–5, 9, 10), {@link Relisting} (7, 8), {@link PathToSale} (17–20, 22, 25),
 * {@link Interruption} (11), {@link TwelveMonths} (12) and {@link CourtSale} (34).
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
    /** The round of listing: its number, its announcement's period, its price's approval (rules 2–12). */
    @Embedded
    private ListingRound listing;
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
        this.listing = ListingRound.first();
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

    // The transitions (drawn on ListingStatus). Each checks its rule in the class named, and returns the notice it causes.

    /** Rules 2–5: formal disclosure ({@link Announcement#publish}); a court lot's notice is {@link CourtSale#publish}. */
    public Notice publish(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return Announcement.publish(this, now, calendar, settings);
    }
    /** Rule 10: an amendment, which extends the end date by [N] WD ({@link Announcement#amend}). */
    public Notice amend(String text, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return Announcement.amend(this, text, now, calendar, settings);
    }
    /** The announcement's end; rule 9: ended without applicants nor extension clause ({@link Announcement#expire}). */
    public Notice expire(OffsetDateTime now, int applicants) { return Announcement.expire(this, now, applicants); }
    /** Rule 9: an extension of [5] WD or more, if the announcement allowed it ({@link Announcement#extend}). */
    public Notice extend(int workingDays, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return Announcement.extend(this, workingDays, now, calendar, settings);
    }

    /** Rules 7, 8: relisting at a new price after a round without buyer ({@link Relisting#relist}). */
    public Notice relist(BigDecimal newPrice, boolean onlyPriceChanged, PriceApproval approval, OffsetDateTime now,
                         WorkingDayCalendar calendar, ListingSettings settings) {
        return Relisting.relist(this, newPrice, onlyPriceChanged, approval, now, calendar, settings);
    }

    /** Rules 17–19: what the number of qualified bidders decides ({@link PathToSale#concludeQualification}). */
    public Notice concludeQualification(int qualified, OffsetDateTime now) { return PathToSale.concludeQualification(this, qualified, now); }
    /** Rule 17: the competitive session, set by staff, in the future ({@link PathToSale#scheduleAuction}). */
    public Notice scheduleAuction(OffsetDateTime startsAt, OffsetDateTime now) { return PathToSale.scheduleAuction(this, startsAt, now); }
    /** Rule 25: the running session annulled for a recorded fault ({@link PathToSale#annulSession}). */
    public Notice annulSession(int session, String reason, OffsetDateTime now) { return PathToSale.annulSession(this, session, reason, now); }
    /** Rules 20, 22: the session's result, recorded once ({@link PathToSale#recordAuctionResult}). */
    public Notice recordAuctionResult(String winnerCode, BigDecimal price, String failureReason, OffsetDateTime closedAt,
                                      OffsetDateTime now) {
        return PathToSale.recordAuctionResult(this, winnerCode, price, failureReason, closedAt, now);
    }
    /** Rule 18: the one qualified bidder's transfer, at no less than the listing price ({@link PathToSale#recordNegotiatedDeal}). */
    public Notice recordNegotiatedDeal(BigDecimal price, OffsetDateTime now) { return PathToSale.recordNegotiatedDeal(this, price, now); }

    /** Rule 34: a failed court auction is auctioned once more ({@link CourtSale#reauction}). */
    public Notice reauction(BigDecimal newStart, BigDecimal newDeposit, OffsetDateTime now, WorkingDayCalendar calendar,
                            ListingSettings settings) {
        return CourtSale.reauction(this, newStart, newDeposit, now, calendar, settings);
    }
    /** Rule 34: after the re-auction failed too, the court lot is sold off (变卖, {@link CourtSale#sellOff}). */
    public Notice sellOff(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return CourtSale.sellOff(this, now, calendar, settings);
    }

    /** Rule 11: suspension (中止) with a reason ({@link Interruption#suspend}). */
    public Notice suspend(String reason, OffsetDateTime now, WorkingDayCalendar calendar) {
        return Interruption.suspend(this, reason, now, calendar);
    }
    /** Rule 11: resumption within [1 month], ≥ 20 WD in all and ≥ 10 WD to run ({@link Interruption#resume}). */
    public Notice resume(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        return Interruption.resume(this, now, calendar, settings);
    }
    /** Rule 11: termination (终结) with a reason ({@link Interruption#terminate}). */
    public Notice terminate(String reason, OffsetDateTime now) { return Interruption.terminate(this, reason, now); }

    /** Rule 12: twelve months after the first formal disclosure ({@link TwelveMonths#stale}). */
    public boolean staleAt(OffsetDateTime now) { return TwelveMonths.stale(this, now); }
    /** Rule 12: to be locked now — stale and {@link ListingStatus#WITHOUT_BUYER} ({@link TwelveMonths#lockable}). */
    public boolean lockableAt(OffsetDateTime now) { return TwelveMonths.lockable(this, now); }
    /** Rule 12: locked until a new audit and valuation ({@link TwelveMonths#lock}). */
    public Notice lock(OffsetDateTime now) { return TwelveMonths.lock(this, now); }
    /** Rule 12: a locked lot returns with a new audit and valuation, as a first listing ({@link TwelveMonths#revalue}). */
    public void revalue(String appraiser, LocalDate baseDate, BigDecimal value, BigDecimal newListingPrice, OffsetDateTime now) {
        TwelveMonths.revalue(this, appraiser, baseDate, value, newListingPrice, now);
    }

    // What the rule classes change, and nothing else does.

    /** The first round's announcement runs over {@code p}. */
    void firstPublish(DisclosurePeriod p) {
        listing.firstPublished(p);
        status = ListingStatus.PUBLISHED;
    }

    /** The announcement (again) runs over {@code p}, the lot in {@code s}; a suspension, if any, is over. */
    void reopen(DisclosurePeriod p, ListingStatus s) {
        listing.runs(p);
        status = s;
        suspension = null;
    }

    /** Rules 7, 8, 34: a new round of the announcement over {@code p}; {@code approvalId} approves its price (rule 7). */
    void nextRound(DisclosurePeriod p, Long approvalId) {
        listing.next(p, approvalId);
        status = ListingStatus.PUBLISHED;
    }

    /** Docs/rules.md §1.4: this new lot relists {@code sold} after its deal {@code dealId} was forfeited, at {@code price}. */
    void relistOf(Lot sold, long dealId, BigDecimal price, Long approvalId, DisclosurePeriod p) {
        sale.priorityExercise(sold.getPriorityExercise(), sold.getPriorityMatchSeconds());
        sale.reprice(price);
        listing.relisting(sold, dealId, approvalId, p);
        status = ListingStatus.PUBLISHED;
    }

    /** The lot moves to {@code s} — by one of the verbs above, which checked that it may. */
    void moveTo(ListingStatus s) {
        status = s;
    }

    /** Rules 17–19: what qualification decided; null when a court re-auction forgets the failed auction's (rule 34). */
    void decide(SaleOutcome o) {
        outcome = o;
    }

    /** Rule 11: suspended with {@code s}'s arithmetic, until resumed ({@link #reopen}). */
    void suspended(Suspension s) {
        suspension = s;
        status = ListingStatus.SUSPENDED;
    }

    /** Rule 12: a first listing again, on the {@code revised} valuation (its price already set). */
    void restart(Valuation revised) {
        valuation = revised;
        listing.restart();
        status = ListingStatus.SUBMITTED;
    }

    public void submit() {
        require(ListingStatus.DRAFT);
        status = ListingStatus.SUBMITTED;
    }

    void require(ListingStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new DomainException(null, "listing.wrongStatus", status.name());
        }
    }

    /** How staff name the lot in lists: its project number, lot number and title, e.g. "DH2026CQ000012-1 东湖商贸大厦". */
    public String label() {
        return project.getNumber() + "-" + lotNo + " " + getTitle();
    }

    Valuation valuation() { return valuation; }
    SaleTerms sale() { return sale; }
    DisclosurePeriod period() { return listing.period(); }
    Suspension suspension() { return suspension; }

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
    /** A Dutch lot's start price, step, interval and floor, as registered; null for other methods. */
    public DutchTerms getDutchTerms() { return sale.dutch(); }
    public ListingStatus getStatus() { return status; }
    public int getRound() { return listing.number(); }
    public Long getPriceApprovalId() { return listing.priceApprovalId(); }
    public Long getRelistedFromLotId() { return listing.relistedFromLotId(); }
    public Long getRelistedAfterDealId() { return listing.relistedAfterDealId(); }
    public Integer getPeriodWd() { return period() == null ? null : period().wd(); }
    /** Rule 34: whether {@link #getPeriodWd()} counts calendar days (a court lot) rather than working days. */
    public boolean isPeriodInCalendarDays() { return period() != null && period().calendarDays(); }
    public LocalDate getDisclosureStart() { return period() == null ? null : period().start(); }
    public OffsetDateTime getEndsAt() { return period() == null ? null : period().endsAt(); }
    public LocalDate getFirstPublishedOn() { return listing.firstPublishedOn(); }
    /** What qualification decided, or null before. */
    public SaleOutcome getOutcome() { return outcome; }
}
