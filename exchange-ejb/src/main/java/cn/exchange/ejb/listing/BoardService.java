package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The public listing board and its feed: what anyone may read without signing in. Only published lots appear
 * (announcement running, suspended, ended or terminated — a draft or a submitted lot is not public); no bidder is ever
 * shown. Queries are plain SQL on indexed columns so that the board stays fast with tens of thousands of lots, and
 * their answers are kept by {@link BoardCache} until the board's {@link #version()} moves.
 */
@Stateless
public class BoardService {

    /** {@link ListingStatus#PUBLIC} as an SQL list. */
    static final String PUBLIC_SQL = ListingStatus.PUBLIC.stream().map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(",", "(", ")"));

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @jakarta.inject.Inject
    ListingSettingsProducer rules;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    BoardCache cache;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    /**
     * The board's version: raised by the database at the commit of every change the board shows (V26,
     * {@code board_version}), the same on every instance. The API's ETag; the key of {@link BoardCache}.
     */
    public long version() {
        return ((Number) em.createNativeQuery("select version from board_version where id = 1").getSingleResult()).longValue();
    }

    /**
     * Sessions bidding now (free or limited period, paused, priority holders matching), then those opening within a day,
     * soonest first: what the home page and the board show first. A session awaiting its re-run after
     * an annulment opens only when rescheduled, so it is not "opening".
     */
    public List<LiveRow> biddingNow(int max) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.id, p.number, l.lot_no, l.title, p.category, a.phase, a.price, a.starts_at,"
                + " a.closes_at from auction a join lot l on l.id = a.lot_id join project p on p.id = l.project_id"
                + " where l.status in " + PUBLIC_SQL + " and (a.phase in ('FREE', 'LIMITED', 'PAUSED', 'MATCHING')"
                + " or (a.phase = 'NOT_STARTED' and not a.awaiting_rerun and a.starts_at > ?1 and a.starts_at <= ?2))"
                + " order by case when a.phase = 'NOT_STARTED' then 1 else 0 end, coalesce(a.closes_at, a.starts_at), l.id limit ?3")
                .setParameter(1, now.minusMinutes(1)).setParameter(2, now.plusDays(1)).setParameter(3, Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
        List<LiveRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new LiveRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                    Category.valueOf((String) r[4]), (String) r[5], (BigDecimal) r[6], offset(r[7]), offset(r[8])));
        }
        return out;
    }

    public BoardPage search(BoardFilter f, int offset, int limit) {
        int lim = Math.max(1, Math.min(limit, MAX_PAGE));
        int off = Math.max(0, Math.min(offset, 1_000_000));
        return cache.get("search " + f + " " + off + " " + lim, version(), () -> searchNow(f, off, lim));
    }

    private BoardPage searchNow(BoardFilter f, int off, int lim) {
        BoardQuery q = BoardQuery.of(f, off, lim);
        Query count = em.createNativeQuery(q.countSql());
        Query rows = em.createNativeQuery(q.rowsSql());
        for (int i = 0; i < q.args().size(); i++) {
            count.setParameter(i + 1, q.args().get(i));
            rows.setParameter(i + 1, q.args().get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<BoardRow> out = new ArrayList<>();
        for (Object o : rows.getResultList()) {
            Object[] r = (Object[]) o;
            Category c = Category.valueOf((String) r[4]);
            out.add(new BoardRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3], c, c.zh(),
                    (String) r[5], (BigDecimal) r[6], (BigDecimal) r[7], ListingStatus.valueOf((String) r[8]), offset(r[9]), null));
        }
        return new BoardPage(withPhotos(out), total, off, lim);
    }

    /**
     * Each row with its lot's first photo (the board and the home page show thumbnails), in one query
     * for the page's lots on the index {@code lot_document_lot} — not a subquery per matching lot, which would probe
     * every one of 20,000 listings before the page is cut.
     */
    private List<BoardRow> withPhotos(List<BoardRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        String ids = rows.stream().map(r -> Long.toString(r.lotId())).collect(java.util.stream.Collectors.joining(","));
        java.util.Map<Long, Long> first = new java.util.HashMap<>();
        for (Object o : em.createNativeQuery("select lot_id, min(id) from lot_document where photo and lot_id in (" + ids + ")"
                + " group by lot_id").getResultList()) {
            Object[] r = (Object[]) o;
            first.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return rows.stream().map(r -> r.withPhoto(first.get(r.lotId()))).toList();
    }

    /** A public lot with its notices; a lot that is not public does not exist for the board. */
    public LotView lot(long id) {
        return cache.get("lot " + id, version(), () -> lotNow(id));
    }

    private LotView lotNow(long id) {
        Lot l = lots.find(id).filter(x -> ListingStatus.PUBLIC.contains(x.getStatus())).orElseThrow(() -> new NotFoundException("Lot", id));
        return LotView.of(l);
    }

    public List<NoticeView> notices(long lotId) {
        return cache.get("notices " + lotId, version(), () -> em.createNamedQuery("Notice.ofLot", Notice.class).setParameter("l", lotId)
                .getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList());
    }

    /** The photos and documents of a public lot. */
    public List<DocumentView> documents(long lotId) {
        return cache.get("documents " + lotId, version(), () -> {
            lotNow(lotId);
            return em.createNamedQuery("LotDocument.ofLot", cn.exchange.core.listing.LotDocument.class)
                    .setParameter("l", lotId).getResultList().stream().map(DocumentView::of).toList();
        });
    }

    /**
     * One document of a public lot, with its bytes. A document of a lot that is not public is answered exactly as a
     * document that does not exist, so that document ids do not reveal unpublished lots.
     */
    public cn.exchange.core.listing.LotDocument document(long id) {
        var d = em.find(cn.exchange.core.listing.LotDocument.class, id);
        if (d == null || lots.find(d.getLotId()).filter(l -> ListingStatus.PUBLIC.contains(l.getStatus())).isEmpty()) {
            throw new NotFoundException("LotDocument", id);
        }
        return d;
    }

    /**
     * The public feed for mirrors: notices with an id above {@code afterId}, oldest first, at most {@code limit}. A
     * mirror stores the last id it saw and asks again from there; ids only grow and notices never change.
     */
    public List<NoticeView> feed(long afterId, int limit) {
        int lim = Math.max(1, Math.min(limit, 500));
        return cache.get("feed " + afterId + " " + lim, version(), () -> em.createNamedQuery("Notice.after", Notice.class)
                .setParameter("a", afterId).setMaxResults(lim).getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList());
    }

    /**
     * The public notices list (公告列表): newest first, those whose title or text (Chinese or English)
     * contains {@code keyword} and of {@code kind} when given; {@code limit} at most {@link #MAX_PAGE}.
     */
    public NoticePage searchNotices(String keyword, cn.exchange.core.listing.NoticeKind kind, int offset, int limit) {
        int lim = Math.max(1, Math.min(limit, MAX_PAGE));
        int off = Math.max(0, Math.min(offset, 1_000_000));
        return cache.get("noticeSearch " + kind + " " + off + " " + lim + " " + keyword, version(), () -> searchNoticesNow(keyword, kind, off, lim));
    }

    private NoticePage searchNoticesNow(String keyword, cn.exchange.core.listing.NoticeKind kind, int off, int lim) {
        StringBuilder where = new StringBuilder(" from Notice n where 1 = 1");
        String kw = keyword == null || keyword.isBlank() ? null
                : "%" + keyword.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (kw != null) {
            where.append(" and (lower(n.title) like :kw escape '\\' or lower(n.body) like :kw escape '\\'"
                    + " or lower(n.titleEn) like :kw escape '\\' or lower(n.bodyEn) like :kw escape '\\')");
        }
        if (kind != null) {
            where.append(" and n.kind = :kind");
        }
        var count = em.createQuery("select count(n)" + where, Long.class);
        var rows = em.createQuery("select n" + where + " order by n.id desc", Notice.class).setFirstResult(off).setMaxResults(lim);
        if (kw != null) {
            count.setParameter("kw", kw);
            rows.setParameter("kw", kw);
        }
        if (kind != null) {
            count.setParameter("kind", kind);
            rows.setParameter("kind", kind);
        }
        return new NoticePage(rows.getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList(),
                count.getSingleResult(), off, lim);
    }

    /** The newest public notices, newest first (the home page). */
    public List<NoticeView> latestNotices(int limit) {
        int lim = Math.max(1, Math.min(limit, 50));
        return cache.get("latest " + lim, version(), () -> em.createNamedQuery("Notice.latest", Notice.class)
                .setMaxResults(lim).getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList());
    }

    /** The regions that appear on the board, for the filter. */
    @SuppressWarnings("unchecked")
    public List<String> regions() {
        return cache.get("regions", version(), () -> List.copyOf(em.createNativeQuery("select distinct region from lot where status in "
                + PUBLIC_SQL + " order by region limit 200").getResultList()));
    }

    static OffsetDateTime offset(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt;
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.ofHours(8));
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.ofHours(8));
        }
        return OffsetDateTime.parse(o.toString());
    }
}
