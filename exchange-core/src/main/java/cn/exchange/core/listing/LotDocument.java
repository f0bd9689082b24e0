package cn.exchange.core.listing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A photo or document of a lot, checked by {@link DocumentRules}, with the SHA-256 a supervisor can verify. */
@Entity
@Table(name = "lot_document")
@NamedQuery(name = "LotDocument.ofLot",
        query = "select d from LotDocument d"
                + " where d.lotId = :l"
                + " order by d.id")
public class LotDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private boolean photo;

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

    protected LotDocument() {
    }

    public LotDocument(long lotId, DocumentRules.Checked checked, byte[] content, String sha256, OffsetDateTime at, String by) {
        this.lotId = lotId;
        this.name = checked.name();
        this.contentType = checked.contentType();
        this.photo = checked.photo();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long getId() { return id; }
    public long getLotId() { return lotId; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public boolean isPhoto() { return photo; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
