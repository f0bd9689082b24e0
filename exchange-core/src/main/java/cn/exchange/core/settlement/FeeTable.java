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
 * Service fees (交易服务费) as data (docs/rules.md §1.8, rule 32): bands per table, method and side, each MARGINAL (a
 * cumulative rate on the part of the amount inside the band) or FLAT (the band's rate on the whole deal price, the band
 * chosen by the deal price), with a minimum per side and deal; a table may charge some subjects apart ({@link Subject}:
 * Taizhou's real estate, capital increase and lease fees). The tables are rows of {@code fee-tables.csv}; the two shipped
 * tables are the Changsha and Taizhou exchanges' published tables, and a test reproduces their figures.
 *
 * <p>Fees are rounded half-up to the fen.
 */
public final class FeeTable {

    /** Who pays. */
    public enum Side { SELLER, BUYER }

    /** How the buyer was determined: online bidding / auction, or a negotiated transfer (rule 18). */
    public enum Method { BIDDING, NEGOTIATED }

    /**
     * What is traded, where a table charges it apart (Taizhou's "other fees", docs/rules.md §1.8): real estate, a capital
     * increase, a lease (a lot priced per year). Everything else is {@code GENERAL}; a table without rows for a subject
     * charges it as {@code GENERAL}.
     */
    public enum Subject {
        GENERAL, REAL_ESTATE, CAPITAL_INCREASE, LEASE;

        /**
         * The subject of a lot: priced per year → a lease; a capital increase; a land-use right → real estate (不动产).
         * The exchange has no category of its own for buildings: they are listed as enterprise or administrative assets
         * and charged as {@code GENERAL}.
         */
        public static Subject of(cn.exchange.core.listing.Category category, boolean annualPrice) {
            if (annualPrice) {
                return LEASE;
            }
            return switch (category) {
                case CAPITAL_INCREASE -> CAPITAL_INCREASE;
                case LAND_USE_RIGHT -> REAL_ESTATE;
                default -> GENERAL;
            };
        }
    }

    /** What a rate applies to: the deal price, the listing price, or a lease's annual rent × its years (capped). */
    enum Basis { DEAL, LISTING, RENT_YEARS }

    enum Kind { MARGINAL, FLAT }

    record Band(Basis basis, Kind kind, BigDecimal upTo, BigDecimal ratePct, Integer maxYears) {
    }

    record Schedule(List<Band> bands, BigDecimal minimum) {
    }

    /** One side's fee with how it was reached, for the statement the parties receive. */
    public record Fee(Side side, BigDecimal amount, String explanation) {
    }

    private static final String RESOURCE = "fee-tables.csv";
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final String name;
    private final Map<String, Schedule> schedules; // key: subject/method/side, "ANY" for every subject or method

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

    /** The fee one side pays on a deal at {@code dealPrice} (the lot listed at {@code listingPrice}), a general subject. */
    public Fee fee(Method method, Side side, BigDecimal dealPrice, BigDecimal listingPrice) {
        return fee(Subject.GENERAL, method, side, dealPrice, listingPrice, null);
    }

    /**
     * The fee one side pays on a deal at {@code dealPrice} (the lot listed at {@code listingPrice}; a lease: the annual
     * rent, let for {@code termYears}). The minimum is per side and deal: each side's fee on one deal is at least the
     * table's minimum (fee-tables.csv says why).
     */
    public Fee fee(Subject subject, Method method, Side side, BigDecimal dealPrice, BigDecimal listingPrice, Integer termYears) {
        Schedule s = null;
        for (String key : List.of(subject + "/" + method + "/" + side, subject + "/ANY/" + side, "ANY/" + method + "/" + side,
                "ANY/ANY/" + side)) {
            s = s != null ? s : schedules.get(key);
        }
        if (s == null) {
            throw new IllegalArgumentException("fee table " + name + " has no " + subject + "/" + method + "/" + side + " rates");
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
                BigDecimal amount = switch (basis) {
                    case LISTING -> listingPrice;
                    case DEAL -> dealPrice;
                    case RENT_YEARS -> {
                        if (termYears == null || termYears < 1) {
                            throw new IllegalArgumentException("a lease's fee needs its term in years");
                        }
                        yield dealPrice.multiply(BigDecimal.valueOf(Math.min(termYears, b.maxYears())));
                    }
                };
                BigDecimal top = b.upTo() == null ? amount : amount.min(b.upTo());
                if (top.compareTo(lower) > 0) {
                    fee = fee.add(top.subtract(lower).multiply(b.ratePct()).divide(HUNDRED));
                }
                if (b.upTo() == null) {
                    break;
                }
                lower = b.upTo();
            }
            how = switch (basis) {
                case LISTING -> "marginal rates on the listing price";
                case DEAL -> "marginal rates on the deal price";
                case RENT_YEARS -> "rate on the annual rent × the years let (at most " + s.bands().get(0).maxYears() + ")";
            };
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
                String key = c[1] + "/" + c[2] + "/" + c[3];
                Basis basis = Basis.valueOf(c[4]);
                Integer maxYears = c[9].isEmpty() ? null : Integer.valueOf(c[9]);
                if ((basis == Basis.RENT_YEARS) != (maxYears != null)) {
                    throw new IllegalStateException("fee-tables.csv: maxYears goes with basis RENT_YEARS only: " + line);
                }
                bands.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Band(basis, Kind.valueOf(c[5]), c[6].isEmpty() ? null : new BigDecimal(c[6]),
                                new BigDecimal(c[7]), maxYears));
                minimums.put(c[0] + ":" + key, Amounts.cny("minimum", new BigDecimal(c[8]), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bands.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, t -> t.getValue().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Schedule(List.copyOf(e.getValue()),
                        minimums.get(t.getKey() + ":" + e.getKey())))), (x, y) -> x, TreeMap::new));
    }
}
