package cn.exchange.core.settlement;

import cn.exchange.core.shared.Amounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Service fees (交易服务费) as data (domain.md §1.8, rule 32): bands per table, method and side, each MARGINAL (a
 * cumulative rate on the part of the amount inside the band) or FLAT (the band's rate on the whole deal price, the band
 * chosen by the deal price), with a minimum per side. The tables are rows of {@code fee-tables.csv}; the two shipped
 * tables are the Changsha and Taizhou exchanges' published tables, and a test reproduces their figures.
 *
 * <p>Fees are rounded half-up to the fen.
 */
public final class FeeTable {

    /** Who pays. */
    public enum Side { SELLER, BUYER }

    /** How the buyer was determined: online bidding / auction, or a negotiated transfer (rule 18). */
    public enum Method { BIDDING, NEGOTIATED }

    enum Basis { DEAL, LISTING }

    enum Kind { MARGINAL, FLAT }

    record Band(Basis basis, Kind kind, BigDecimal upTo, BigDecimal ratePct) {
    }

    record Schedule(List<Band> bands, BigDecimal minimum) {
    }

    /** One side's fee with how it was reached, for the statement the parties receive. */
    public record Fee(Side side, BigDecimal amount, String explanation) {
    }

    private static final String RESOURCE = "fee-tables.csv";
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final String name;
    private final Map<String, Schedule> schedules; // key: method/side, method "ANY" for every method

    private FeeTable(String name, Map<String, Schedule> schedules) {
        this.name = name;
        this.schedules = schedules;
    }

    /** The shipped table of that name (CHANGSHA, TAIZHOU), or an error naming the tables there are. */
    public static FeeTable named(String name) {
        Map<String, Map<String, Schedule>> all = load();
        Map<String, Schedule> s = all.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no fee table " + name + "; there are " + all.keySet());
        }
        return new FeeTable(name, s);
    }

    public static Set<String> names() {
        return load().keySet();
    }

    public String name() {
        return name;
    }

    /** The fee one side pays on a deal at {@code dealPrice} (the lot listed at {@code listingPrice}). */
    public Fee fee(Method method, Side side, BigDecimal dealPrice, BigDecimal listingPrice) {
        Schedule s = schedules.getOrDefault(method + "/" + side, schedules.get("ANY/" + side));
        if (s == null) {
            throw new IllegalArgumentException("fee table " + name + " has no " + method + "/" + side + " rates");
        }
        BigDecimal marginalTop = BigDecimal.ZERO;
        for (Band b : s.bands()) {
            if (b.kind() == Kind.MARGINAL) {
                marginalTop = b.upTo();
            }
        }
        BigDecimal fee = BigDecimal.ZERO;
        String how;
        if (marginalTop != null && dealPrice.compareTo(marginalTop) > 0) {
            // above the marginal bands: the flat band the deal price falls in, on the whole deal price
            Band flat = s.bands().stream().filter(b -> b.kind() == Kind.FLAT)
                    .filter(b -> b.upTo() == null || dealPrice.compareTo(b.upTo()) <= 0).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("fee table " + name + " has no band for " + dealPrice));
            fee = dealPrice.multiply(flat.ratePct()).divide(HUNDRED);
            how = "flat " + flat.ratePct().toPlainString() + " % of the deal price";
        } else {
            BigDecimal lower = BigDecimal.ZERO;
            Basis basis = Basis.DEAL;
            for (Band b : s.bands()) {
                if (b.kind() != Kind.MARGINAL) {
                    continue;
                }
                basis = b.basis();
                BigDecimal amount = basis == Basis.LISTING ? listingPrice : dealPrice;
                BigDecimal top = b.upTo() == null ? amount : amount.min(b.upTo());
                if (top.compareTo(lower) > 0) {
                    fee = fee.add(top.subtract(lower).multiply(b.ratePct()).divide(HUNDRED));
                }
                if (b.upTo() == null) {
                    break;
                }
                lower = b.upTo();
            }
            how = "marginal rates on the " + (basis == Basis.LISTING ? "listing" : "deal") + " price";
        }
        fee = fee.setScale(2, RoundingMode.HALF_UP);
        if (fee.compareTo(s.minimum()) < 0) {
            return new Fee(side, s.minimum(), "minimum fee " + s.minimum().toPlainString() + " (" + how + ": "
                    + fee.toPlainString() + ")");
        }
        return new Fee(side, fee, how + ", table " + name);
    }

    private static Map<String, Map<String, Schedule>> load() {
        Map<String, Map<String, List<Band>>> bands = new TreeMap<>();
        Map<String, BigDecimal> minimums = new TreeMap<>();
        try (InputStream in = FeeTable.class.getResourceAsStream(RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                String key = c[1] + "/" + c[2];
                bands.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Band(Basis.valueOf(c[3]), Kind.valueOf(c[4]), c[5].isEmpty() ? null : new BigDecimal(c[5]),
                                new BigDecimal(c[6])));
                minimums.put(c[0] + ":" + key, Amounts.cny("minimum", new BigDecimal(c[7]), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bands.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, t -> t.getValue().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Schedule(List.copyOf(e.getValue()),
                        minimums.get(t.getKey() + ":" + e.getKey())))), (x, y) -> x, TreeMap::new));
    }
}
