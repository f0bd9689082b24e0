package cn.exchange.core.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A public notice on the board: an announcement, an amendment, an extension, a suspension… Never changed once published. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoticeKind kind;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    protected Notice() {
    }

    static Notice of(Lot lot, NoticeKind kind, OffsetDateTime at, String body) {
        Notice n = new Notice();
        n.projectId = lot.getProject().getId() == null ? 0 : lot.getProject().getId();
        n.lotId = lot.getId() == null ? 0 : lot.getId();
        n.kind = kind;
        n.publishedAt = at;
        n.title = kind.zh() + "：" + lot.getProject().getNumber() + "-" + lot.getLotNo() + " " + lot.getTitle();
        n.body = body;
        n.endsAt = lot.getEndsAt();
        return n;
    }

    /**
     * Rule 30: the result notice (成交公告) of a sold lot, published for at least 5 working days ({@code endsAt} from
     * {@link cn.exchange.core.settlement.SettlementRules#resultNoticeEnds}).
     */
    public static Notice dealResult(Lot lot, OffsetDateTime at, OffsetDateTime endsAt, String body) {
        if (lot.getStatus() != ListingStatus.AUCTION_SOLD && lot.getStatus() != ListingStatus.NEGOTIATED_DEAL) {
            throw new cn.exchange.core.shared.ConflictException("listing.wrongStatus", lot.getStatus().name());
        }
        Notice n = of(lot, NoticeKind.DEAL_RESULT, at, body);
        n.endsAt = endsAt;
        return n;
    }

    public Long getId() { return id; }
    public long getProjectId() { return projectId; }
    public long getLotId() { return lotId; }
    public NoticeKind getKind() { return kind; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public OffsetDateTime getEndsAt() { return endsAt; }
}
