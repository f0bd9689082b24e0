package cn.exchange.core.listing;

import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 7: the approving body's written consent (批准文件) to list a lot below 90 % of its valuation — a document of its
 * own, for one relisting: issuer, number, date, the lowest price it approves (同意以不低于…挂牌) and the file. The
 * project's transfer approval is not it. Staff attach it to the lot before they relist; the relisting that uses it
 * records its round, and a later relisting below 90 % needs a new one. Not public; the supervisors read it.
 */
@Entity
@Table(name = "price_approval")
@NamedQuery(name = "PriceApproval.ofLot",
        query = "select a from PriceApproval a"
                + " where a.lotId = :l"
                + " order by a.id desc")
public class PriceApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(nullable = false, length = 100)
    private String number;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "floor_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal floorPrice;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    /** The relisting round that used it; null while unused. */
    @Column(name = "used_in_round")
    private Integer usedInRound;

    protected PriceApproval() {
    }

    /**
     * Checks and makes the approval of a lot's relisting price; every missing or wrong field is named.
     *
     * @param today the exchange's day: an approval cannot be dated later
     */
    public static PriceApproval of(long lotId, String issuer, String number, LocalDate approvedOn, BigDecimal floorPrice,
                                   DocumentRules.Checked file, byte[] content, String sha256, LocalDate today,
                                   OffsetDateTime at, String by) {
        List<FieldProblem> p = new ArrayList<>();
        if (issuer == null || issuer.isBlank()) {
            p.add(FieldProblem.of("approvalIssuer", "common.required"));
        } else if (issuer.strip().length() > 200) {
            p.add(FieldProblem.of("approvalIssuer", "common.tooLong", 200));
        }
        if (number == null || number.isBlank()) {
            p.add(FieldProblem.of("approvalNumber", "common.required"));
        } else if (number.strip().length() > 100) {
            p.add(FieldProblem.of("approvalNumber", "common.tooLong", 100));
        }
        if (approvedOn == null) {
            p.add(FieldProblem.of("approvalDate", "common.required"));
        } else if (approvedOn.isAfter(today)) {
            p.add(FieldProblem.of("approvalDate", "priceApproval.dateInFuture"));
        }
        BigDecimal floor = null;
        try {
            floor = Amounts.cny("approvedPrice", floorPrice, true);
        } catch (DomainException e) {
            p.addAll(e.problems());
        }
        if (!p.isEmpty()) {
            throw new DomainException(p);
        }
        PriceApproval a = new PriceApproval();
        a.lotId = lotId;
        a.issuer = issuer.strip();
        a.number = number.strip();
        a.approvedOn = approvedOn;
        a.floorPrice = floor;
        a.fileName = file.name();
        a.contentType = file.contentType();
        a.sizeBytes = content.length;
        a.sha256 = sha256;
        a.content = content;
        a.uploadedAt = at;
        a.uploadedBy = by;
        return a;
    }

    /**
     * Rule 7: whether this approval allows {@code price} for the relisting of {@code lot} in round {@code round}; it
     * refuses with the field named when it does not (another lot's, already used by an earlier round, or a price below
     * the one approved).
     */
    void useFor(Long lot, BigDecimal price, int round) {
        if (lot != null && lotId != lot) {
            throw new DomainException("priceApprovalId", "priceApproval.otherLot");
        }
        if (usedInRound != null && usedInRound != round) {
            throw new DomainException("priceApprovalId", "priceApproval.used", usedInRound);
        }
        if (price.compareTo(floorPrice) < 0) {
            throw new DomainException("listingPrice", "priceApproval.belowApproved", floorPrice.toPlainString());
        }
        usedInRound = round;
    }

    public Long getId() { return id; }
    public long getLotId() { return lotId; }
    public String getIssuer() { return issuer; }
    public String getNumber() { return number; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public BigDecimal getFloorPrice() { return floorPrice; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Integer getUsedInRound() { return usedInRound; }
}
