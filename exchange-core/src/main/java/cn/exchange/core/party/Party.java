package cn.exchange.core.party;

import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A party to transactions: a transferring agency (转让方/委托方) or a bidder (意向受让方), enterprise or natural person.
 *
 * <p>Identifiers are checked on entry (rule 35, docs/rules.md §6): a credit code failing its check character is kept with a
 * warning, and the party cannot be approved until staff record an override reason; a resident ID that fails is never
 * accepted (see {@link ResidentId}). A bidder may apply for listings only once approved.
 */
@Entity
@Table(name = "party")
@NamedQueries({
        @NamedQuery(name = "Party.byStatus",
                query = "select p from Party p"
                        + " where p.status = :status"
                        + " order by p.createdAt"),
        @NamedQuery(name = "Party.byCreditCode",
                query = "select p from Party p"
                        + " where p.creditCode = :code"
                        + " and p.kind = :kind"),
        @NamedQuery(name = "Party.byResidentId",
                query = "select p from Party p"
                        + " where p.residentId = :id"),
        @NamedQuery(name = "Party.agencies",
                query = "select p from Party p"
                        + " where p.kind = cn.exchange.core.party.PartyKind.AGENCY"
                        + " order by p.name"),
        @NamedQuery(name = "Party.ofIds",
                query = "select p from Party p"
                        + " where p.id in :ids")
})
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", length = 40)
    private AgencyType agencyType;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "resident_id", length = 18)
    private String residentId;

    @Column(name = "contact_person", length = 100)
    private String contactPerson;

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String address;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyStatus status;

    /** Why the identifier needs a second look (e.g. {@code creditCode.checkFailed}), or null. */
    @Column(name = "id_warning", length = 60)
    private String idWarning;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "override_by", length = 100)
    private String overrideBy;

    @Column(name = "override_at")
    private OffsetDateTime overrideAt;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Party() {
    }

    private Party(PartyKind kind, String name, OffsetDateTime now) {
        this.kind = kind;
        this.name = name;
        this.status = PartyStatus.PENDING_REVIEW;
        this.createdAt = now;
    }

    /** An enterprise: agency or bidder, identified by its credit code (already checked for form, see {@link PartyFactory}). */
    public static Party organisation(PartyKind kind, String name, String creditCode, String idWarning, OffsetDateTime now) {
        Party p = new Party(kind, name, now);
        p.creditCode = creditCode;
        p.idWarning = idWarning;
        return p;
    }

    /** A natural person bidder identified by a valid resident ID. */
    public static Party person(String name, String residentId, OffsetDateTime now) {
        Party p = new Party(PartyKind.PERSON_BIDDER, name, now);
        p.residentId = residentId;
        return p;
    }

    public void contact(String contactPerson, String phone, String email, String address, String regionCode) {
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.regionCode = regionCode;
    }

    public void classifyAgency(AgencyType type) {
        this.agencyType = type;
    }

    /** Staff accept an irregular credit code, with the reason on record (rule 35). */
    public void overrideIdentifierWarning(String reason, String by, OffsetDateTime now) {
        if (idWarning == null) {
            throw new ConflictException("party.noWarningToOverride");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("overrideReason", "party.overrideReasonRequired");
        }
        this.overrideReason = reason.trim();
        this.overrideBy = by;
        this.overrideAt = now;
    }

    /** Staff confirm the party's identity. Refused while an identifier warning has no recorded override. */
    public void approve(String by, String note, OffsetDateTime now) {
        if (status == PartyStatus.APPROVED) {
            throw new ConflictException("party.alreadyApproved");
        }
        if (idWarning != null && overrideReason == null) {
            throw new DomainException("overrideReason", "party.warningNeedsOverride");
        }
        this.status = PartyStatus.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.reviewNote = note;
    }

    /** Staff refuse the registration, saying why. */
    public void reject(String by, String reason, OffsetDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "party.rejectReasonRequired");
        }
        if (status == PartyStatus.APPROVED) {
            throw new ConflictException("party.alreadyApproved");
        }
        this.status = PartyStatus.REJECTED;
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.reviewNote = reason.trim();
    }

    public boolean isApproved() {
        return status == PartyStatus.APPROVED;
    }

    /** The name shown in public: an organisation's in full; a natural person's surname kept and the rest masked (陈*, 欧阳**). */
    public String publicName() {
        return publicName(name, kind);
    }

    /** {@link #publicName()} for a name and kind read elsewhere (a certificate's copy, a report row). */
    public static String publicName(String name, PartyKind kind) {
        if (kind != PartyKind.PERSON_BIDDER || name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    /** The identifier shown in public or to other parties: the credit code, or a masked resident ID. */
    public String publicIdentifier() {
        return creditCode != null ? creditCode : ResidentId.masked(residentId);
    }

    public Long getId() {
        return id;
    }

    public PartyKind getKind() {
        return kind;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public PartyStatus getStatus() {
        return status;
    }

    public String getIdWarning() {
        return idWarning;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public OffsetDateTime getOverrideAt() {
        return overrideAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
