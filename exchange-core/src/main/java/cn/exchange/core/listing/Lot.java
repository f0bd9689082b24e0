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
import java.util.List;

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

    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 4000)
    private String description;
    @Column(length = 200)
    private String location;
    @Column(nullable = false, length = 60)
    private String region;

    @Column(nullable = false, length = 200)
    private String appraiser;
    @Column(name = "valuation_base_date", nullable = false)
    private LocalDate valuationBaseDate;
    @Column(name = "appraised_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal appraisedValue;
    @Column(name = "listing_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal listingPrice;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal deposit;
    @Column(precision = 15, scale = 2)
    private BigDecimal increment;
    @Column(name = "reserve_price", precision = 15, scale = 2)
    private BigDecimal reservePrice;
    @Column(name = "negative_net_assets", nullable = false)
    private boolean negativeNetAssets;
    @Column(name = "buyer_conditions", length = 2000)
    private String buyerConditions;
    @Column(name = "conditions_filing_ref", length = 100)
    private String conditionsFilingRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "bidding_method", nullable = false, length = 30)
    private BiddingMethod biddingMethod;
    @Column(name = "payment_terms", length = 1000)
    private String paymentTerms;
    @Column(name = "extension_allowed", nullable = false)
    private boolean extensionAllowed;
    @Column(name = "annual_price", nullable = false)
    private boolean annualPrice;
    @Column(name = "term_years")
    private Integer termYears;
    /** A Dutch lot's terms ({@link DutchTerms}), null for other methods. */
    @Column(name = "dutch_start_price", precision = 15, scale = 2)
    private BigDecimal dutchStartPrice;
    @Column(name = "dutch_step", precision = 15, scale = 2)
    private BigDecimal dutchStep;
    @Column(name = "dutch_interval_seconds")
    private Integer dutchIntervalSeconds;
    @Column(name = "dutch_floor", precision = 15, scale = 2)
    private BigDecimal dutchFloor;
    /** Rule 24: how the lot's priority right holders exercise the right ({@link PriorityHolder#chooseExercise}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "priority_exercise", nullable = false, length = 20)
    private PriorityExercise priorityExercise = PriorityExercise.IN_AUCTION;
    /** 事后行权: the holders' match period after the bidding, in seconds. */
    @Column(name = "priority_match_seconds")
    private Integer priorityMatchSeconds;
    /** Rule 34: a court-entrusted lot's kind (movables, real estate, other rights); null on other lots. */
    @Enumerated(EnumType.STRING)
    @Column(name = "court_asset_kind", length = 20)
    private CourtAssetKind courtAssetKind;

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
        title = t.title().trim();
        description = t.description();
        location = t.location();
        region = t.region().trim();
        appraiser = t.appraiser().trim();
        valuationBaseDate = t.valuationBaseDate();
        appraisedValue = t.appraisedValue().setScale(2);
        listingPrice = t.listingPrice().setScale(2);
        deposit = t.deposit().setScale(2);
        increment = t.increment() == null ? null : t.increment().setScale(2);
        reservePrice = t.reservePrice() == null ? null : t.reservePrice().setScale(2);
        negativeNetAssets = t.negativeNetAssets();
        buyerConditions = t.buyerConditions() == null || t.buyerConditions().isBlank() ? null : t.buyerConditions();
        conditionsFilingRef = buyerConditions == null ? null : t.conditionsFilingRef();
        biddingMethod = t.biddingMethod();
        paymentTerms = t.paymentTerms();
        extensionAllowed = t.extensionAllowed();
        annualPrice = t.annualPrice();
        termYears = t.annualPrice() ? t.termYears() : null;
        DutchTerms d = biddingMethod == BiddingMethod.DUTCH ? t.dutch() : null;
        dutchStartPrice = d == null ? null : d.startPrice().setScale(2);
        dutchStep = d == null ? null : d.step().setScale(2);
        dutchIntervalSeconds = d == null ? null : d.intervalSeconds();
        dutchFloor = d == null ? null : d.floor().setScale(2);
        courtAssetKind = court() ? t.courtAssetKind() : null;
        if (biddingMethod != BiddingMethod.ONLINE_ASCENDING) {
            // rule 24: 事后行权 needs an ascending auction (PriorityHolder#chooseExercise); another method drops it
            priorityExercise = PriorityExercise.IN_AUCTION;
            priorityMatchSeconds = null;
        }
    }

    /** Rule 34: whether the lot is court-entrusted and so follows the court's rules (SPC 2016), not rules 6–8 and 18. */
    public boolean court() {
        return project.getCategory().courtStyle();
    }

    /** A new listing price keeps a Dutch lot's registered floor at or above it ({@link LotRules}). */
    private void requireDutchFloor(BigDecimal price) {
        if (dutchFloor != null && dutchFloor.compareTo(price) < 0) {
            throw new DomainException("listingPrice", "lot.dutchFloorBelowPrice", price.toPlainString());
        }
    }

    /** A Dutch lot's start price, step, interval and floor, as registered; null for other methods. */
    public DutchTerms getDutchTerms() {
        return dutchStartPrice == null ? null : new DutchTerms(dutchStartPrice, dutchStep, dutchIntervalSeconds, dutchFloor);
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
     * working day; the content freezes.
     */
    public Notice publish(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.SUBMITTED, ListingStatus.DRAFT);
        requireUsableValuation(now);
        if (court()) {
            // rule 34: the court's notice, in calendar days (SPC 2016 Art. 12)
            int days = DisclosureRules.courtNoticeDays(courtAssetKind, false);
            period = DisclosurePeriod.ofCalendarDays(now, days, calendar, settings);
            firstPublishedOn = period.start();
            status = ListingStatus.PUBLISHED;
            return Notice.of(this, NoticeKind.ANNOUNCEMENT, now, NoticeText.of("ANNOUNCEMENT.court", period.start(), days, getEndsAt(),
                    listingPrice));
        }
        int wd = DisclosureRules.minimumWorkingDays(project.getCategory().transactionType(), listingPrice,
                project.preDisclosedWorkingDays(now), settings);
        period = DisclosurePeriod.of(now, wd, calendar, settings);
        firstPublishedOn = period.start();
        status = ListingStatus.PUBLISHED;
        return Notice.of(this, NoticeKind.ANNOUNCEMENT, now, NoticeText.of(annualPrice ? "ANNOUNCEMENT.annual" : "ANNOUNCEMENT",
                period.start(), wd, getEndsAt(), listingPrice, depositClause()));
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
        if (applicants == 0 && !extensionAllowed) {
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
        if (!extensionAllowed) {
            throw new DomainException("workingDays", "listing.extensionNotAllowed");
        }
        if (workingDays < settings.extensionMinWd()) {
            throw new DomainException("workingDays", "listing.extensionTooShort", settings.extensionMinWd());
        }
        requireWithinTwelveMonths(now);
        period = DisclosurePeriod.of(now, workingDays, calendar, settings);
        status = ListingStatus.PUBLISHED;
        return Notice.of(this, NoticeKind.EXTENSION, now, NoticeText.of("EXTENSION", workingDays, getEndsAt()));
    }

    /**
     * Rules 7, 8: relisting at a new price after a round without buyer. Below 90 % of the valuation only with the
     * approving body's document; the period is [20] WD, or [5] WD when only the price changed (2025 rules).
     */
    public Notice relist(BigDecimal newPrice, boolean onlyPriceChanged, PriceApproval approval, OffsetDateTime now,
                         WorkingDayCalendar calendar, ListingSettings settings) {
        require(ListingStatus.DISCLOSURE_ENDED, ListingStatus.TERMINATED, ListingStatus.AUCTION_FAILED);
        if (court()) {
            // rule 34: a court lot is re-auctioned under SPC 2016 Art. 26, never relisted under rules 7 and 8
            throw new DomainException(null, "lot.courtReauctionInstead");
        }
        BigDecimal price = LotRules.relistingPrice(newPrice, appraisedValue, negativeNetAssets, approval != null);
        requireDutchFloor(price);
        requireWithinTwelveMonths(now);
        requireUsableValuation(now);
        if (approval != null) {
            // rule 7: the document is this relisting's — this lot's, not used by an earlier round, at or below its price
            approval.useFor(id, price, round + 1);
        }
        BigDecimal before = listingPrice;
        listingPrice = price;
        round++;
        priceApprovalId = approval == null ? null : approval.getId();
        period = DisclosurePeriod.of(now, DisclosureRules.relistingWorkingDays(onlyPriceChanged, settings), calendar, settings);
        status = ListingStatus.PUBLISHED;
        return Notice.of(this, NoticeKind.RELISTING, now, NoticeText.of(annualPrice ? "RELISTING.annual" : "RELISTING", round, before,
                price, period.start(), period.wd(), getEndsAt()));
    }

    /**
     * Docs/rules.md §1.4, rules 7, 8, 33: the buyer of {@code sold} defaulted and its deal {@code forfeitedDealId} was
     * forfeited, so the lot is offered again — as the project's next lot, since the sold lot keeps
     * its applications, session and deal for the record. Its terms are the sold lot's, at {@code newPrice} (below 90 % of
     * the valuation only with the approving body's document, attached to the sold lot); the period is a relisting's
     * ([20] WD, [5] WD when only the price changed); it is published at once, in round {@code sold}'s + 1. Court lots
     * are re-auctioned under the court's rules (rule 34), not relisted here.
     */
    public static Relisted relistingAfterDefault(Lot sold, long forfeitedDealId, BigDecimal newPrice, boolean onlyPriceChanged,
                                                 PriceApproval approval, OffsetDateTime now, WorkingDayCalendar calendar,
                                                 ListingSettings settings) {
        sold.require(ListingStatus.AUCTION_SOLD, ListingStatus.NEGOTIATED_DEAL);
        if (sold.court()) {
            throw new DomainException(null, "lot.courtRelistAfterDefault");
        }
        BigDecimal price = LotRules.relistingPrice(newPrice, sold.appraisedValue, sold.negativeNetAssets, approval != null);
        sold.requireDutchFloor(price);
        sold.requireUsableValuation(now);
        if (approval != null) {
            // rule 7: the document is this relisting's — attached to the sold lot, not used by an earlier round, at or below its price
            approval.useFor(sold.id, price, sold.round + 1);
        }
        Lot lot = sold.project.addLot(sold.terms());
        lot.relistedFromLotId = sold.id;
        lot.relistedAfterDealId = forfeitedDealId;
        lot.priorityExercise = sold.priorityExercise;
        lot.priorityMatchSeconds = sold.priorityMatchSeconds;
        lot.round = sold.round + 1;
        lot.priceApprovalId = approval == null ? null : approval.getId();
        lot.listingPrice = price;
        lot.period = DisclosurePeriod.of(now, DisclosureRules.relistingWorkingDays(onlyPriceChanged, settings), calendar, settings);
        lot.firstPublishedOn = lot.period.start();
        lot.status = ListingStatus.PUBLISHED;
        return new Relisted(lot, sold.listingPrice, now);
    }

    /** A lot relisted after a forfeited deal; its announcement once the lot is stored (the notice names its id). */
    public record Relisted(Lot lot, BigDecimal before, OffsetDateTime at) {

        public Notice notice() {
            if (lot.id == null) {
                throw new IllegalStateException("the relisted lot is stored before its announcement");
            }
            return Notice.of(lot, NoticeKind.RELISTING, at, NoticeText.of(lot.annualPrice ? "RELISTING.annual" : "RELISTING",
                    lot.round, before, lot.listingPrice, lot.period.start(), lot.period.wd(), lot.getEndsAt()));
        }
    }

    /** The terms as the agency entered them (with the current listing price). */
    LotTerms terms() {
        return new LotTerms(title, description, location, region, appraiser, valuationBaseDate, appraisedValue, listingPrice, deposit,
                increment, reservePrice, negativeNetAssets, buyerConditions, conditionsFilingRef, biddingMethod, paymentTerms,
                extensionAllowed, annualPrice, termYears, getDutchTerms(), courtAssetKind);
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
        return Notice.of(this, NoticeKind.AUCTION_SCHEDULED, now, NoticeText.of("AUCTION_SCHEDULED", startsAt, NoticeText.method(biddingMethod)));
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
        return Notice.of(this, NoticeKind.AUCTION_RESULT, now, winnerCode != null
                ? NoticeText.of("AUCTION_RESULT.awarded", closedAt, NoticeText.method(biddingMethod), winnerCode, price)
                : NoticeText.of("AUCTION_RESULT.failed", closedAt, NoticeText.method(biddingMethod), NoticeText.failure(failureReason)));
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): a court lot whose auction failed is auctioned once more, announced within 30 days of
     * the failure for 7 (movables) or 15 (real estate, rights) calendar days, at a start price cut by at most 20 %; the
     * deposit stays within 5–20 % of the new start (Art. 17), a new one may be given ({@code newDeposit}, null: kept).
     */
    public Notice reauction(BigDecimal newStart, BigDecimal newDeposit, OffsetDateTime now, WorkingDayCalendar calendar,
                            ListingSettings settings) {
        requireCourt();
        require(ListingStatus.AUCTION_FAILED);
        CourtRules.requireReauction(round, outcome.auctionClosedAt(), now);
        BigDecimal price = CourtRules.reauctionPrice(newStart, listingPrice);
        BigDecimal deposit = newDeposit == null ? this.deposit : Amounts.cny("deposit", newDeposit, true);
        if (deposit.compareTo(Amounts.share(price, LotRules.COURT_DEPOSIT_MIN)) < 0
                || deposit.compareTo(Amounts.share(price, LotRules.COURT_DEPOSIT_MAX)) > 0) {
            throw new DomainException("deposit", "lot.depositCourtRange");
        }
        requireUsableValuation(now);
        BigDecimal before = listingPrice;
        int days = DisclosureRules.courtNoticeDays(courtAssetKind, true);
        listingPrice = price;
        this.deposit = deposit;
        round++;
        outcome = null;
        period = DisclosurePeriod.ofCalendarDays(now, days, calendar, settings);
        status = ListingStatus.PUBLISHED;
        return Notice.of(this, NoticeKind.REAUCTION, now, NoticeText.of("REAUCTION", round, before, price, period.start(), days,
                getEndsAt()));
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): after the re-auction failed too, the court may have the lot sold by 变卖 on the same
     * platform: at the last start price, for the [60] calendar days of platform practice (docs/rules.md §3). The lot then
     * stands in {@link ListingStatus#SELL_OFF} until staff record the sale or end it.
     */
    public Notice sellOff(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        requireCourt();
        require(ListingStatus.AUCTION_FAILED);
        CourtRules.requireSellOff(round);
        period = DisclosurePeriod.ofCalendarDays(now, DisclosureRules.COURT_SELL_OFF_DAYS, calendar, settings);
        status = ListingStatus.SELL_OFF;
        return Notice.of(this, NoticeKind.SELL_OFF, now, NoticeText.of("SELL_OFF", period.start(), DisclosureRules.COURT_SELL_OFF_DAYS,
                getEndsAt(), listingPrice));
    }

    private void requireCourt() {
        if (!court()) {
            throw new DomainException(null, "lot.notCourt");
        }
    }

    /** Rule 18: the one qualified bidder's negotiated transfer, at no less than the listing price. */
    public Notice recordNegotiatedDeal(BigDecimal price, OffsetDateTime now) {
        require(ListingStatus.NEGOTIATION);
        outcome.negotiated(price, listingPrice);
        status = ListingStatus.NEGOTIATED_DEAL;
        return Notice.of(this, NoticeKind.NEGOTIATED_DEAL, now, NoticeText.of("NEGOTIATED_DEAL", now, listingPrice, outcome.negotiatedPrice()));
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
    public static final java.util.Set<ListingStatus> WITHOUT_BUYER = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ListingStatus.DISCLOSURE_ENDED, ListingStatus.TERMINATED, ListingStatus.AUCTION_FAILED));

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
        if (!WITHOUT_BUYER.contains(status)) {
            throw new DomainException(null, "listing.wrongStatus", status.name());
        }
        status = ListingStatus.LOCKED;
        return Notice.of(this, NoticeKind.LOCKED, now, NoticeText.of("LOCKED", firstPublishedOn));
    }

    /**
     * Rule 12: a locked lot returns with a new audit and valuation, and counts its 12 months afresh: a first listing
     * again (round 1), so rule 6 asks its price to reach the new valuation (CNY 1.00 with negative net assets).
     */
    public void revalue(String appraiser, LocalDate baseDate, BigDecimal value, BigDecimal newListingPrice, OffsetDateTime now) {
        require(ListingStatus.LOCKED);
        if (appraiser == null || appraiser.isBlank()) {
            throw new DomainException("appraiser", "common.required");
        }
        if (appraiser.trim().length() > 200) {
            throw new DomainException("appraiser", "common.tooLong", 200);
        }
        LotRules.requireFreshValuation(baseDate, ExchangeTime.day(now));
        BigDecimal valuation = Amounts.cny("appraisedValue", value, true);
        BigDecimal price = Amounts.cny("listingPrice", newListingPrice, true);
        if (court()) {
            // rule 34: a court lot's start price against the new valuation, ≥ 70 %
            if (CourtRules.startTooLow(price, valuation)) {
                throw new DomainException("listingPrice", "lot.courtStartBelow70", CourtRules.startFloor(valuation).toPlainString());
            }
        } else {
            BigDecimal floor = negativeNetAssets ? Amounts.ONE_YUAN : valuation;
            if (price.compareTo(floor) < 0) {
                throw new DomainException("listingPrice", negativeNetAssets ? "lot.priceBelowOneYuan" : "lot.priceBelowValuation",
                        floor.toPlainString());
            }
        }
        requireDutchFloor(price);
        this.appraiser = appraiser.trim();
        this.valuationBaseDate = baseDate;
        this.appraisedValue = valuation;
        this.listingPrice = price;
        this.priceApprovalId = null;
        this.firstPublishedOn = null;
        this.round = 1;
        this.status = ListingStatus.SUBMITTED;
    }

    public void submit() {
        require(ListingStatus.DRAFT);
        status = ListingStatus.SUBMITTED;
    }

    /** Rule 12: a valuation older than one year from its base date cannot back a listing. */
    private void requireUsableValuation(OffsetDateTime now) {
        if (LotRules.valuationStale(valuationBaseDate, ExchangeTime.day(now))) {
            throw new DomainException("valuationBaseDate", "lot.valuationStale", valuationBaseDate.toString());
        }
    }

    private void requireWithinTwelveMonths(OffsetDateTime now) {
        if (staleAt(now)) {
            throw new DomainException(null, "listing.stale");
        }
    }

    private void require(ListingStatus... allowed) {
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
        return project.getNumber() + "-" + lotNo + " " + title;
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public int getLotNo() { return lotNo; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getLocation() { return location; }
    public String getRegion() { return region; }
    public String getAppraiser() { return appraiser; }
    public LocalDate getValuationBaseDate() { return valuationBaseDate; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public BigDecimal getListingPrice() { return listingPrice; }
    public BigDecimal getDeposit() { return deposit; }
    public BigDecimal getIncrement() { return increment; }
    public BigDecimal getReservePrice() { return reservePrice; }
    public String getBuyerConditions() { return buyerConditions; }
    public String getConditionsFilingRef() { return conditionsFilingRef; }
    public BiddingMethod getBiddingMethod() { return biddingMethod; }
    public PriorityExercise getPriorityExercise() { return priorityExercise == null ? PriorityExercise.IN_AUCTION : priorityExercise; }
    public Integer getPriorityMatchSeconds() { return priorityMatchSeconds; }

    /** Set by {@link PriorityHolder#chooseExercise}, where rule 24 decides it. */
    void priorityExercise(PriorityExercise mode, Integer matchSeconds) {
        priorityExercise = mode;
        priorityMatchSeconds = matchSeconds;
    }
    public String getPaymentTerms() { return paymentTerms; }
    public boolean isExtensionAllowed() { return extensionAllowed; }
    public boolean isAnnualPrice() { return annualPrice; }
    public Integer getTermYears() { return termYears; }
    public ListingStatus getStatus() { return status; }
    public int getRound() { return round; }
    public Long getPriceApprovalId() { return priceApprovalId; }
    public Long getRelistedFromLotId() { return relistedFromLotId; }
    public Long getRelistedAfterDealId() { return relistedAfterDealId; }
    public Integer getPeriodWd() { return period == null ? null : period.wd(); }
    /** Rule 34: whether {@link #getPeriodWd()} counts calendar days (a court lot) rather than working days. */
    public boolean isPeriodInCalendarDays() { return period != null && period.calendarDays(); }
    public CourtAssetKind getCourtAssetKind() { return courtAssetKind; }
    public LocalDate getDisclosureStart() { return period == null ? null : period.start(); }
    public OffsetDateTime getEndsAt() { return period == null ? null : period.endsAt(); }
    public LocalDate getFirstPublishedOn() { return firstPublishedOn; }
    /** What qualification decided, or null before. */
    public SaleOutcome getOutcome() { return outcome; }
}
