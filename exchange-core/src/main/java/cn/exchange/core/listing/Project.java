package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A project (项目): what one transferring agency entrusts to the exchange under one approval, with one or many lots.
 * The approval document (批准文件) is what rule 7 asks for before a price below 90 % of the valuation.
 */
@Entity
@Table(name = "project")
@NamedQueries({
        @NamedQuery(name = "Project.all",
                query = "select p from Project p"
                        + " order by p.id desc"),
        @NamedQuery(name = "Project.ofAgency",
                query = "select p from Project p"
                        + " where p.agencyPartyId = :a"
                        + " order by p.id desc"),
        @NamedQuery(name = "Project.withLotsInStatus",
                query = "select distinct p from Project p join p.lots l"
                        + " where l.status = :s"
                        + " order by p.id desc")
})
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The public project number, e.g. {@code DH2026ZC000123} (exchange, year, category code, sequence). */
    @Column(nullable = false, unique = true, length = 30)
    private String number;

    @Column(name = "agency_party_id", nullable = false)
    private long agencyPartyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Category category;

    @Column(name = "entrusted_by", length = 200)
    private String entrustedBy;
    @Column(name = "entrustment_date")
    private LocalDate entrustmentDate;

    @Column(name = "approval_issuer", length = 200)
    private String approvalIssuer;
    @Column(name = "approval_number", length = 100)
    private String approvalNumber;
    @Column(name = "approval_date")
    private LocalDate approvalDate;

    /**
     * Rule 3: an equity transfer by which actual control of the enterprise changes (涉及实际控制权转移): it needs a
     * pre-disclosure that ran its full period before the formal announcement.
     */
    @Column(name = "control_change", nullable = false)
    private boolean controlChange;

    /**
     * Docs/rules.md §1.4: the announcement's clause that a qualified bidder who places no valid bid loses its deposit
     * ({@link cn.exchange.core.settlement.DepositForfeiture}); set at registration, frozen with the announcement.
     */
    @Column(name = "no_bid_forfeits", nullable = false)
    private boolean noBidForfeits;

    /** Rules 3, 4: the pre-disclosure notice, once filed; null before. */
    @Embedded
    private PreDisclosure preDisclosure;

    /** Newspapers named for the announcement, besides the exchange's website (one per line). */
    @Column(length = 500)
    private String media;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("lotNo")
    private List<Lot> lots = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
    }

    public Project(String number, long agencyPartyId, String title, Category category, OffsetDateTime createdAt) {
        if (title == null || title.isBlank()) {
            throw new DomainException("title", "common.required");
        }
        if (category == null) {
            throw new DomainException("category", "common.required");
        }
        this.number = number;
        this.agencyPartyId = agencyPartyId;
        this.title = title.trim();
        this.category = category;
        this.createdAt = createdAt;
    }

    public void entrustment(String entrustedBy, LocalDate date) {
        this.entrustedBy = entrustedBy;
        this.entrustmentDate = date;
    }

    public void approval(String issuer, String number, LocalDate date) {
        this.approvalIssuer = blankToNull(issuer);
        this.approvalNumber = blankToNull(number);
        this.approvalDate = date;
    }

    /** Rule 7: an approval document counts only with issuer, number and date. */
    public boolean hasApproval() {
        return approvalIssuer != null && approvalNumber != null && approvalDate != null;
    }

    public void media(String media) {
        this.media = media;
    }

    /** Docs/rules.md §1.4: the announcement forfeits the deposit of a qualified bidder who places no valid bid. */
    public void noBidForfeits(boolean b) {
        this.noBidForfeits = b;
    }

    /** Rule 3: whether actual control changes; only an equity transfer's may. Fixed once a pre-disclosure is filed. */
    public void controlChange(boolean b) {
        if (b && category.transactionType() != TransactionType.EQUITY_TRANSFER) {
            throw new DomainException("controlChange", "preDisclosure.controlChangeOnlyEquity");
        }
        if (b != controlChange && getPreDisclosure() != null) {
            throw new DomainException("controlChange", "preDisclosure.alreadyFiled");
        }
        this.controlChange = b;
    }

    /**
     * Rules 3, 4: files the project's pre-disclosure at {@code now} and returns its notice for each lot. Only a change of
     * control (within 10 WD of {@code basisDate}) or a capital increase has one, once, before any lot is announced.
     */
    public List<Notice> preDisclose(LocalDate basisDate, boolean approvalPending, int workingDays, OffsetDateTime now,
                                    cn.exchange.core.calendar.WorkingDayCalendar calendar, ListingSettings settings) {
        if (!controlChange && category.transactionType() != TransactionType.CAPITAL_INCREASE) {
            throw new DomainException(null, "preDisclosure.notApplicable");
        }
        if (getPreDisclosure() != null) {
            throw new cn.exchange.core.shared.ConflictException("preDisclosure.alreadyFiled");
        }
        if (lots.isEmpty() || !isUnpublished()) {
            throw new cn.exchange.core.shared.ConflictException("preDisclosure.afterAnnouncement");
        }
        PreDisclosure p = PreDisclosure.file(basisDate, approvalPending, workingDays, controlChange, now, calendar, settings);
        preDisclosure = p;
        String pending = approvalPending ? "PRE_DISCLOSURE.pending" : "PRE_DISCLOSURE";
        return lots.stream().map(l -> Notice.preDisclosure(l, p, NoticeText.of(pending, p.start(), p.workingDays(), p.endsAt(),
                p.basisDate()))).toList();
    }

    /**
     * Rules 3, 4, at the formal announcement at {@code now}: a change of control needs a pre-disclosure that ran its full
     * period; the working days of one that did count towards a capital increase's 40.
     */
    int preDisclosedWorkingDays(OffsetDateTime now) {
        PreDisclosure p = getPreDisclosure();
        if (controlChange && (p == null || !p.ranFullPeriodBy(now))) {
            if (p == null) {
                throw new DomainException(null, "preDisclosure.required");
            }
            throw new DomainException(null, "preDisclosure.stillRunning",
                    cn.exchange.core.calendar.ExchangeTime.display(p.endsAt().toInstant()));
        }
        return p == null ? 0 : p.completedWorkingDays(now);
    }

    /** Rule 10: none of the project's lots is published yet, so lots may still be imported into it. */
    public boolean isUnpublished() {
        return lots.stream().allMatch(Lot::isEditable);
    }

    public Lot addLot(LotTerms terms) {
        Lot lot = new Lot(this, lots.size() + 1, terms);
        lots.add(lot);
        return lot;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public long getAgencyPartyId() { return agencyPartyId; }
    public String getTitle() { return title; }
    public Category getCategory() { return category; }
    public String getEntrustedBy() { return entrustedBy; }
    public LocalDate getEntrustmentDate() { return entrustmentDate; }
    public String getApprovalIssuer() { return approvalIssuer; }
    public String getApprovalNumber() { return approvalNumber; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public boolean isControlChange() { return controlChange; }
    public boolean isNoBidForfeits() { return noBidForfeits; }
    /** The filed pre-disclosure, or null. */
    public PreDisclosure getPreDisclosure() { return preDisclosure == null || !preDisclosure.filed() ? null : preDisclosure; }
    public String getMedia() { return media; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public List<Lot> getLots() { return Collections.unmodifiableList(lots); }
}
