package cn.exchange.ejb.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one board search ({@link BoardService#search}): the count and the page of rows for a filter, with its
 * parameters in order. Pure, so that the board benchmark can show PostgreSQL's plan of exactly what the board runs.
 *
 * @param countSql how many lots match
 * @param rowsSql  the page: id, project number, lot number, title, category, region, price, deposit, status, end
 * @param args     the parameters of both, in order
 */
public record BoardQuery(String countSql, String rowsSql, List<Object> args) {

    /** The search for {@code f}, from {@code off}, at most {@code lim} rows (both already bounded by the caller). */
    public static BoardQuery of(BoardFilter f, int off, int lim) {
        // the project is joined for the rows, and for the count only when a filter reads it (every lot has its project)
        StringBuilder where = new StringBuilder(" where l.status in " + BoardService.PUBLIC_SQL);
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            where.append(" and l.status = ?");
            args.add(f.status().name());
        }
        if (f.category() != null) {
            where.append(" and p.category = ?");
            args.add(f.category().name());
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.append(" and l.region = ?");
            args.add(f.region().trim());
        }
        if (f.minPrice() != null) {
            where.append(" and l.listing_price >= ?");
            args.add(f.minPrice());
        }
        if (f.maxPrice() != null) {
            where.append(" and l.listing_price <= ?");
            args.add(f.maxPrice());
        }
        if (f.endsFrom() != null) {
            where.append(" and l.ends_at >= ?");
            args.add(f.endsFrom().atStartOfDay(cn.exchange.core.calendar.ExchangeTime.ZONE).toOffsetDateTime());
        }
        if (f.endsTo() != null) {
            where.append(" and l.ends_at < ?");
            args.add(f.endsTo().plusDays(1).atStartOfDay(cn.exchange.core.calendar.ExchangeTime.ZONE).toOffsetDateTime());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            String kw = "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (l.title ilike ? or p.title ilike ? or p.number ilike ? or l.location ilike ?)");
            args.add(kw);
            args.add(kw);
            args.add(kw);
            args.add(kw);
        }
        String order = switch (f.sort() == null ? "" : f.sort()) {
            case "price" -> " order by l.listing_price, l.id";
            case "-price" -> " order by l.listing_price desc, l.id";
            case "newest" -> " order by l.id desc";
            // running announcements first, soonest end first: read in this order from the index lot_board_order (V27)
            default -> " order by case l.status when 'PUBLISHED' then 0 when 'SUSPENDED' then 1 else 2 end, l.ends_at, l.id";
        };
        String joined = " from lot l join project p on p.id = l.project_id" + where;
        boolean readsProject = f.category() != null || (f.keyword() != null && !f.keyword().isBlank());
        return new BoardQuery("select count(*)" + (readsProject ? joined : " from lot l" + where), "select l.id, p.number, l.lot_no,"
                + " l.title, p.category, l.region, l.listing_price, l.deposit, l.status, l.ends_at" + joined + order + " limit " + lim
                + " offset " + off, List.copyOf(args));
    }
}
