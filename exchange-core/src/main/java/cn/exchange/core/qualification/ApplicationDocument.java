package cn.exchange.core.qualification;

import cn.exchange.core.listing.DocumentRules;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A document of an application ({@link ApplicationDocumentKind}), checked by {@link ApplicationDocumentRules}, with
 * who uploaded it when and its SHA-256. A kind may be uploaded again (a corrected scan); every upload is kept, and the
 * rule counts a kind present when one of its uploads is.
 */
@Entity
@Table(name = "application_document")
@NamedQuery(name = "ApplicationDocument.ofApplication",
        query = "select d from ApplicationDocument d"
                + " where d.applicationId = :a"
                + " order by d.id")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationDocumentKind kind;

    @Column(nullable = false, length = 120)
    private String name;

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

    protected ApplicationDocument() {
    }

    public ApplicationDocument(long applicationId, ApplicationDocumentKind kind, DocumentRules.Checked checked, byte[] content,
                               String sha256, OffsetDateTime at, String by) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.name = checked.name();
        this.contentType = checked.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public ApplicationDocumentKind getKind() { return kind; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
