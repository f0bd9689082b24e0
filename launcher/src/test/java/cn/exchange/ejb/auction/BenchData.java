package cn.exchange.ejb.auction;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static cn.exchange.ejb.auction.AuctionBenchmarkIT.*;
import static cn.exchange.ejb.auction.BenchLoads.http;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's data, made directly in the database: bidders cloned from a demo bidder, lots in session, sign-ins. */
final class BenchData {

    private BenchData() {
    }

    /** Bidder parties and accounts, cloned from demo bidder1 (same password), {@code bench0001}… */
    static List<Long> benchBidders(Connection c, int n) throws SQLException {
        long party1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select party_id from account where username = 'bidder1'")) {
            rs.next();
            party1 = rs.getLong(1);
        }
        String partyCols = columns(c, "party");
        String accountCols = columns(c, "account");
        List<Long> parties = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String sel = partyCols.replace("name", "'压测竞买人" + i + "'").replace("credit_code", "'BENCH" + String.format("%013d", i) + "'");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("insert into party (" + partyCols + ") select " + sel + " from party where id = " + party1
                         + " returning id")) {
                rs.next();
                long id = rs.getLong(1);
                parties.add(id);
                String asel = accountCols.replace("username", "'bench" + String.format("%04d", i) + "'").replace("party_id", Long.toString(id))
                        .replace("display_name", "'压测竞买人" + i + "'");
                s.executeUpdate("insert into account (" + accountCols + ") select " + asel + " from account where username = 'bidder1'");
            }
        }
        return parties;
    }

    /** {@code n} lots cloned from the template lot, each in session (free period running) with every bench bidder qualified. */
    static List<Long> sessionLots(Connection c, long template, int n, List<Long> parties) throws SQLException {
        List<Long> ids = cloneLots(c, template, n);
        try (Statement s = c.createStatement()) {
            String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            String codes = java.util.stream.IntStream.rangeClosed(1, parties.size()).mapToObj(i -> String.format("%04d", i))
                    .collect(Collectors.joining(","));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < parties.size(); i++) {
                values.append(i == 0 ? "" : ",").append("(").append(parties.get(i)).append(",'").append(String.format("%04d", i + 1)).append("')");
            }
            s.executeUpdate("insert into application (lot_id, bidder_party_id, status, submitted_at, commitment_accepted, deposit_amount,"
                    + " deposit_deadline, deposit_paid_at, opinion, bidder_code) select l.id, v.party, 'QUALIFIED', now(), true, 10000, now(), now(),"
                    + " 'QUALIFIED', v.code from unnest(array[" + idList + "]::bigint[]) l(id), (values " + values + ") v(party, code)");
            s.executeUpdate("insert into auction (lot_id, mode, start_price, increment, starts_at, free_seconds, limited_seconds, qualified,"
                    + " price, next_check_at) select id, 'ASCENDING', " + START + ", " + INC + ", now() - interval '1 second', 3600, 300, '"
                    + codes + "', " + START + ", now() from unnest(array[" + idList + "]::bigint[]) l(id)");
        }
        return ids;
    }

    /** {@code n} copies of the template lot in its project, numbered on from the project's last lot, in order. */
    static List<Long> cloneLots(Connection c, long template, int n) throws SQLException {
        String lotCols = columns(c, "lot");
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            int from;
            try (ResultSet rs = s.executeQuery("select coalesce(max(lot_no), 0) + 1 from lot where project_id = (select project_id from lot where id = "
                    + template + ")")) {
                rs.next();
                from = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("insert into lot (" + lotCols + ") select " + lotCols.replace("lot_no", "g") + " from lot, generate_series("
                    + from + ", " + (from + n - 1) + ") g where id = " + template + " order by g returning id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    static String columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns where table_name = ?"
                + " and column_name <> 'id' order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return String.join(", ", cols);
    }

    static List<String> signIn(String base, String password, int n) throws Exception {
        String[] tokens = new String[n];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            fs.add(pool.submit(() -> {
                HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"bench" + String.format("%04d", k + 1) + "\",\"password\":\"" + password + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                tokens[k] = r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                return null;
            }));
        }
        for (var f : fs) {
            f.get();
        }
        pool.shutdown();
        return List.of(tokens);
    }

}
