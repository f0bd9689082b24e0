package cn.exchange.ejb.supervision;

import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data (in the spirit of ProZorro.Sale's): every public notice, every result with its figures, and
 * every certificate's key fields — for anyone, paged by a cursor for incremental sync ({@code after} = the last id
 * received; records only ever get added, so a client that keeps the cursor misses nothing). No personal data of
 * natural persons: a natural person's name is masked, no identifiers, no contacts.
 */
@Stateless
public class OpenDataService {

    public static final int MAX_PAGE = 500;
    private static final String BUYER_KIND = "_buyerKind";

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** One page: the records, and the cursor for the next page (null at the end). */
    public record Page(List<Map<String, Object>> items, Long next) {
    }

    /** Notices (announcements, amendments, suspensions, results…) in publication order. */
    public Page notices(long after, int limit) {
        return page("select n.id, n.published_at, n.kind, p.number || '-' || l.lot_no, n.title, n.body, n.ends_at, p.category,"
                + " l.region, coalesce(n.title_en, n.title), coalesce(n.body_en, n.body) from notice n join lot l on l.id = n.lot_id"
                + " join project p on p.id = n.project_id where n.id > ?1 order by n.id limit ?2", after, limit,
                new String[] {"id", "publishedAt", "kind", "lot", "title", "body", "endsAt", "category", "region", "titleEn", "bodyEn"});
    }

    /** Sold and failed lots with valuation, listing and deal price and appreciation. */
    public Page results(long after, int limit) {
        return page("select l.id, p.number || '-' || l.lot_no, l.title, p.category, l.region, ag.name, l.status, l.appraised_value,"
                + " l.listing_price, coalesce(d.price, l.auction_price, l.negotiated_price),"
                + " coalesce(d.price, l.auction_price, l.negotiated_price) - l.appraised_value, coalesce(d.determined_at, l.auction_closed_at),"
                + " bp.name, bp.kind,"
                + " (select count(*) from application x where x.lot_id = l.id and x.status = 'QUALIFIED'),"
                + " (select count(*) from bid_log b where b.lot_id = l.id and b.kind = 'BID')"
                + " from lot l join project p on p.id = l.project_id join party ag on ag.id = p.agency_party_id"
                + " left join deal d on d.lot_id = l.id left join party bp on bp.id = d.buyer_party_id"
                + " where l.status in ('AUCTION_SOLD', 'NEGOTIATED_DEAL', 'AUCTION_FAILED') and l.id > ?1 order by l.id limit ?2", after, limit,
                new String[] {"lotId", "lot", "title", "category", "region", "transferor", "status", "valuation", "listingPrice", "dealPrice",
                        "appreciation", "determinedAt", "buyer", BUYER_KIND, "qualifiedBidders", "bids"});
    }

    /** Certificates, every version, with whether each is the one in force. */
    public Page certificates(long after, int limit) {
        return page("select c.id, c.number, c.version_no, not exists (select 1 from certificate n where n.deal_id = c.deal_id"
                + " and n.version_no > c.version_no), c.project_number, c.object_name, c.seller_name,"
                + " c.buyer_name, bp.kind, c.method, c.price,"
                + " c.signed_on, c.issued_at, c.pdf_sha256 from certificate c join deal d on d.id = c.deal_id join party bp on bp.id = d.buyer_party_id"
                + " where c.id > ?1 order by c.id limit ?2", after, limit,
                new String[] {"id", "number", "version", "valid", "project", "object", "transferor", "buyer", BUYER_KIND, "method", "price", "signedOn",
                        "issuedAt", "pdfSha256"});
    }

    private Page page(String sql, long after, int limit, String[] names) {
        int n = Math.max(1, Math.min(limit, MAX_PAGE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Math.max(after, 0)).setParameter(2, n).getResultList();
        List<Map<String, Object>> items = new ArrayList<>();
        Long last = null;
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], value(r[i]));
            }
            if (m.containsKey(BUYER_KIND)) {
                // a natural person is never named in open data (the one masking rule: Party.publicName)
                Object kind = m.remove(BUYER_KIND);
                m.put("buyer", kind == null ? null : Party.publicName((String) m.get("buyer"), PartyKind.valueOf((String) kind)));
            }
            last = ((Number) r[0]).longValue();
            items.add(m);
        }
        return new Page(items, rows.size() == n ? last : null);
    }

    private static Object value(Object v) {
        if (v instanceof Timestamp t) {
            return OffsetDateTime.ofInstant(t.toInstant(), ZoneOffset.ofHours(8)).toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof BigDecimal b) {
            return b.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        if (v instanceof Number num) {
            return num.longValue();
        }
        return v;
    }
}
