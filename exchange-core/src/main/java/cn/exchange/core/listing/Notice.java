package cn.exchange.core.listing;

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

import java.time.OffsetDateTime;

/** A public notice on the board: an announcement, an amendment, an extension, a suspension… Never changed once published. */
@Entity
@Table(name = "notice")
@NamedQueries({
        @NamedQuery(name = "Notice.after",
                query = "select n from Notice n"
                        + " where n.id > :a"
                        + " order by n.id"),
        @NamedQuery(name = "Notice.latest",
                query = "select n from Notice n"
                        + " order by n.id desc"),
        @NamedQuery(name = "Notice.ofLot",
                query = "select n from Notice n"
                        + " where n.lotId = :l"
                        + " order by n.id"),
        @NamedQuery(name = "Notice.openOfKind",
                query = "select n from Notice n"
                        + " where n.kind = :k and n.endsAt >= :now"
                        + " order by n.id")
})
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

    /** The text of record, in Chinese. */
    @Column(nullable = false, length = 4000)
    private String body;

    /** The English title and text (the language switch); null on notices published before they were kept. */
    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(name = "body_en", length = 4000)
    private String bodyEn;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    protected Notice() {
    }

    /** The notice of {@code kind}, its text from the kind's template in Chinese and English ({@link NoticeText}). */
    static Notice of(Lot lot, NoticeKind kind, OffsetDateTime at, NoticeText text) {
        Notice n = new Notice();
        n.projectId = lot.getProject().getId() == null ? 0 : lot.getProject().getId();
        n.lotId = lot.getId() == null ? 0 : lot.getId();
        n.kind = kind;
        n.publishedAt = at;
        String lotName = lot.getProject().getNumber() + "-" + lot.getLotNo() + " " + lot.getTitle();
        n.title = kind.zh() + "：" + lotName;
        n.titleEn = kind.en() + ": " + lotName;
        n.body = text.zh();
        n.bodyEn = text.en();
        n.endsAt = lot.getEndsAt();
        return n;
    }

    /**
     * Rule 30: the result notice (成交公告) of a sold lot, published for at least 5 working days ({@code endsAt} from
     * {@link cn.exchange.core.settlement.SettlementRules#resultNoticeEnds}).
     */
    public static Notice dealResult(Lot lot, OffsetDateTime at, OffsetDateTime endsAt, NoticeText body) {
        if (lot.getStatus() != ListingStatus.AUCTION_SOLD && lot.getStatus() != ListingStatus.NEGOTIATED_DEAL) {
            throw new cn.exchange.core.shared.ConflictException("listing.wrongStatus", lot.getStatus().name());
        }
        Notice n = of(lot, NoticeKind.DEAL_RESULT, at, body);
        n.endsAt = endsAt;
        return n;
    }

    /**
     * Rules 3, 4: the pre-disclosure notice (信息预披露公告) of a lot whose project files one, running to the
     * pre-disclosure's end ({@link PreDisclosure}).
     */
    static Notice preDisclosure(Lot lot, PreDisclosure pre, NoticeText body) {
        Notice n = of(lot, NoticeKind.PRE_DISCLOSURE, pre.publishedAt(), body);
        n.endsAt = pre.endsAt();
        return n;
    }

    public Long getId() { return id; }
    public long getProjectId() { return projectId; }
    public long getLotId() { return lotId; }
    public NoticeKind getKind() { return kind; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    /** The English title, or the Chinese one on a notice published before English was kept. */
    public String getTitleEn() { return titleEn == null ? title : titleEn; }
    /** The English text, or the Chinese one on a notice published before English was kept. */
    public String getBodyEn() { return bodyEn == null ? body : bodyEn; }
    public OffsetDateTime getEndsAt() { return endsAt; }
}
