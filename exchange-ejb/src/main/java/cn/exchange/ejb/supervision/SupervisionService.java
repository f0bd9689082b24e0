package cn.exchange.ejb.supervision;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.security.Permission;
import cn.exchange.core.supervision.LotFacts;
import cn.exchange.core.supervision.LotRecord;
import cn.exchange.core.supervision.RedFlags;
import cn.exchange.core.supervision.Report;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.platform.ExchangeConfig;
import cn.exchange.ejb.qualification.QualificationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supervision (README, "Supervision: trails, replay, reports, red flags and open data"): the facts of every listed lot
 * read from the record, the reports over them ({@link Report}) and the red flags ({@link RedFlags}). Read-only: nothing
 * here changes the record; every method needs a supervisor's (or reporting staff's) read permission.
 */
@Stateless
public class SupervisionService {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;
    @Inject
    CallerResolver callers;
    @Inject
    ExchangeConfig config;
    @EJB
    QualificationService qualification;
    @Inject
    java.time.Clock clock;

    public List<Report.Row> report(SupervisionQuery q, Report.By by) {
        callers.require(Permission.REPORT_READ);
        return Report.of(facts(q), by);
    }

    /** The lots the query selects, with their facts. */
    public List<LotFacts> facts(SupervisionQuery q) {
        callers.require(Permission.REPORT_READ);
        StringBuilder sql = new StringBuilder("select l.id, p.number || '-' || l.lot_no, l.title, ag.name, l.region, p.category,"
                + " l.appraised_value, l.listing_price, case when l.status in ('AUCTION_SOLD', 'NEGOTIATED_DEAL')"
                + " then coalesce(d.price, l.auction_price, l.negotiated_price) end,"
                + " a.lot_id is not null, l.status = 'AUCTION_FAILED',"
                + " (select count(*) from application x where x.lot_id = l.id),"
                + " (select count(*) from application x where x.lot_id = l.id and x.status = 'QUALIFIED'),"
                + " (select count(*) from bid_log b where b.lot_id = l.id and b.kind = 'BID'),"
                + " coalesce(l.first_published_on, l.disclosure_start), coalesce(d.determined_at, l.auction_closed_at)"
                + " from lot l join project p on p.id = l.project_id join party ag on ag.id = p.agency_party_id"
                + " left join auction a on a.lot_id = l.id left join deal d on d.lot_id = l.id"
                + " where l.status not in ('DRAFT', 'SUBMITTED')");
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" and coalesce(cast(d.determined_at as date), cast(l.auction_closed_at as date), l.first_published_on) >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and coalesce(cast(d.determined_at as date), cast(l.auction_closed_at as date), l.first_published_on) <= ?");
            params.add(Date.valueOf(q.to()));
        }
        like(sql, params, "ag.name", q.agency());
        like(sql, params, "l.region", q.region());
        like(sql, params, "p.number", q.projectNumber());
        if (q.category() != null && !q.category().isBlank()) {
            sql.append(" and p.category = ?");
            params.add(q.category());
        }
        if (q.bidder() != null && !q.bidder().isBlank()) {
            sql.append(" and exists (select 1 from application x join party bp on bp.id = x.bidder_party_id where x.lot_id = l.id"
                    + " and bp.name like ?)");
            params.add("%" + q.bidder().strip() + "%");
        }
        String amount = " coalesce(d.price, l.auction_price, l.negotiated_price, l.listing_price)";
        if (q.minAmount() != null) {
            sql.append(" and").append(amount).append(" >= ?");
            params.add(q.minAmount());
        }
        if (q.maxAmount() != null) {
            sql.append(" and").append(amount).append(" <= ?");
            params.add(q.maxAmount());
        }
        sql.append(" order by l.id");
        String numbered = sql.toString();
        for (int i = 1; i <= params.size(); i++) {
            numbered = numbered.replaceFirst("\\?(?!\\d)", "?" + i);
        }
        Query query = em.createNativeQuery(numbered);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(20_000).getResultList();
        List<LotFacts> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new LotFacts(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    categoryName((String) r[5]), (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (Boolean) r[9],
                    (Boolean) r[10], ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), ((Number) r[13]).intValue(),
                    r[14] == null ? null : ((Date) r[14]).toLocalDate(),
                    r[15] == null ? null : ((Timestamp) r[15]).toInstant().atZone(ExchangeTime.ZONE).toLocalDate()));
        }
        return out;
    }

    /** Every red flag on the lots the query selects, with its evidence. */
    public List<RedFlags.Flag> flags(SupervisionQuery q) {
        callers.require(Permission.REDFLAG_READ);
        RedFlags.Settings settings = settings();
        List<RedFlags.Flag> out = new ArrayList<>();
        for (LotFacts f : facts(q)) {
            out.addAll(RedFlags.of(record(f), settings));
        }
        return out;
    }

    /** The flags of one lot (the trail shows them). */
    public List<RedFlags.Flag> flagsOf(long lotId) {
        callers.require(Permission.REDFLAG_READ);
        return facts(SupervisionQuery.ALL).stream().filter(f -> f.lotId() == lotId).findFirst()
                .map(f -> RedFlags.of(record(f), settings())).orElse(List.of());
    }

    /** Rules switched off by {@code exchange.redflags.disabled} (comma-separated kinds); thresholds by their keys. */
    RedFlags.Settings settings() {
        Set<RedFlags.Kind> off = EnumSet.noneOf(RedFlags.Kind.class);
        for (String k : config.string("exchange.redflags.disabled", "").split(",")) {
            if (!k.isBlank()) {
                off.add(RedFlags.Kind.valueOf(k.strip()));
            }
        }
        return new RedFlags.Settings(off, new BigDecimal(config.string("exchange.redflags.listing-floor-share", "0.90")),
                config.integer("exchange.redflags.valuation-max-days", 365));
    }

    private LotRecord record(LotFacts f) {
        Object[] lot = (Object[]) em.createNativeQuery("select l.valuation_base_date, l.period_wd, p.category, l.listing_price,"
                // rules 3, 4: a pre-disclosure counts only if it ended before the formal announcement's first day
                + " case when p.pre_ends_at is not null and cast(p.pre_ends_at at time zone 'Asia/Shanghai' as date) < l.first_published_on"
                + " then p.pre_wd else 0 end, l.price_approval_id is not null, l.status, l.court_asset_kind, l.round"
                + " from lot l join project p on p.id = l.project_id"
                + " where l.id = ?1").setParameter(1, f.lotId()).getSingleResult();
        Category category = Category.valueOf((String) lot[2]);
        // rule 34: a court lot's period counts calendar days by its asset kind (a re-auction's from its second round)
        int required = category.courtStyle() && lot[7] != null
                ? DisclosureRules.courtNoticeDays(cn.exchange.core.listing.CourtAssetKind.valueOf((String) lot[7]), ((Number) lot[8]).intValue() > 1)
                : DisclosureRules.minimumWorkingDays(category.transactionType(), (BigDecimal) lot[3], ((Number) lot[4]).intValue(),
                ListingSettings.DEFAULTS);
        String status = (String) lot[6];
        Integer announced = status.equals("PUBLISHED") || status.equals("SUSPENDED") ? null : (Integer) lot[1];
        long conditionChanges = ((Number) em.createNativeQuery("select count(*) from notice where lot_id = ?1 and kind = 'AMENDMENT'"
                + " and (body like '%受让条件%' or body like '%buyer condition%')").setParameter(1, f.lotId()).getSingleResult()).longValue();
        Map<String, Set<String>> ips = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> bidIps = em.createNativeQuery("select distinct client_ip, bidder_code from bid_log where lot_id = ?1 and kind = 'BID'"
                + " and client_ip is not null").setParameter(1, f.lotId()).getResultList();
        bidIps.forEach(r -> ips.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> deal = em.createNativeQuery("select status, status_before_default from deal where lot_id = ?1").setParameter(1, f.lotId())
                .getResultList();
        String dealStatus = deal.isEmpty() ? null : (String) deal.get(0)[0];
        // a default case remembers what was late: the signature (SIGNING) or a payment (PAYING)
        String lateIn = deal.isEmpty() ? null : (String) deal.get(0)[1];
        long overdueRefunds = ((Number) em.createNativeQuery("select count(*) from disbursement where lot_id = ?1 and status <> 'PAID'"
                + " and kind = 'DEPOSIT_REFUND' and due_on < ?2").setParameter(1, f.lotId())
                .setParameter(2, Date.valueOf(LocalDate.now(clock))).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> overrides = em.createNativeQuery("select r.actor, r.action, r.summary from audit_record r where"
                + " (r.object_type = 'Lot' and r.object_id = ?1 and r.action in ('auction.paused', 'auction.resumed'))"
                + " or (r.object_type = 'Party' and r.action = 'party.identifierOverridden' and r.object_id in"
                + " (select cast(x.bidder_party_id as varchar) from application x where x.lot_id = cast(?1 as bigint)))"
                + " order by r.seq").setParameter(1, Long.toString(f.lotId())).getResultList();
        List<String> manual = overrides.stream().map(r -> r[0] + " " + r[1] + "：" + r[2]).toList();
        return new LotRecord(f, (Boolean) lot[5], lot[0] == null ? null : ((Date) lot[0]).toLocalDate(), announced, required,
                (int) conditionChanges, qualification.signals(f.lotId()), ips, dealStatus,
                "SIGNING".equals(lateIn), "PAYING".equals(lateIn), (int) overdueRefunds, manual);
    }

    private static void like(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" like ?");
            params.add("%" + value.strip() + "%");
        }
    }

    private static String categoryName(String c) {
        try {
            return Category.valueOf(c).zh();
        } catch (IllegalArgumentException e) {
            return c;
        }
    }
}
