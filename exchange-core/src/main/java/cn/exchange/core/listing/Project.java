package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    /** Whether a pre-disclosure ran (rules 3, 4). */
    @Column(name = "pre_disclosed", nullable = false)
    private boolean preDisclosed;

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

    public void preDisclosed(boolean b) {
        this.preDisclosed = b;
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
    public boolean isPreDisclosed() { return preDisclosed; }
    public String getMedia() { return media; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public List<Lot> getLots() { return Collections.unmodifiableList(lots); }
}
