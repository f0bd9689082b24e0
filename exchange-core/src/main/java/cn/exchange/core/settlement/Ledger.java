package cn.exchange.core.settlement;

import cn.exchange.core.shared.ConflictException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settlement account's double-entry ledger (rule 33, docs/rules.md §1.4, §1.6): every movement of money through the
 * exchange is one {@link Posting} whose lines sum to zero, so the balances of all accounts always sum to zero.
 * Debits are positive, credits negative.
 *
 * <p>Accounts (per lot's deal, per bidder's application, per transferor):
 * <ul>
 *   <li>{@code BANK} — the exchange's settlement bank account; never below zero;</li>
 *   <li>{@code DEPOSIT:a} — bidder application a's deposit held; {@code BUYER:d} — what deal d's buyer has paid and is
 *       not yet applied; {@code PRICE:d} — deal d's price held for the transferor; {@code TRANSFEROR:d} — owed to deal
 *       d's transferor; {@code FEES} — the exchange's fee income; {@code IN_TRANSIT} — refunds and payouts instructed to
 *       the bank, not yet on the statement; {@code SUSPENSE} — credits nobody could be matched to.</li>
 * </ul>
 * Every account but {@code BANK} holds money owed to someone, so its balance is a credit (≤ 0): a posting that would
 * turn it into a debit — a deposit refunded twice, a price paid out that never came in — is refused.
 */
public final class Ledger {

    public static final String BANK = "BANK";
    public static final String FEES = "FEES";
    public static final String IN_TRANSIT = "IN_TRANSIT";
    public static final String SUSPENSE = "SUSPENSE";

    private Ledger() {
    }

    public static String deposit(long applicationId) {
        return "DEPOSIT:" + applicationId;
    }

    public static String buyer(long dealId) {
        return "BUYER:" + dealId;
    }

    public static String price(long dealId) {
        return "PRICE:" + dealId;
    }

    public static String transferor(long dealId) {
        return "TRANSFEROR:" + dealId;
    }

    /** Deposits of a lot's bidders forfeited outside a deal ({@link DepositForfeiture}), held for its transferor. */
    public static String forfeited(long lotId) {
        return "FORFEITED:" + lotId;
    }

    /** One line of a posting: a debit (positive) or a credit (negative) to one account. */
    public record Line(String account, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(account);
            if (amount.signum() == 0 || amount.scale() != 2) {
                throw new IllegalArgumentException("a line moves a non-zero amount in fen: " + amount);
            }
        }
    }

    /** One movement of money: its kind (e.g. DEPOSIT_IN, REFUND_PAID), a memo and lines that sum to zero. */
    public record Posting(String kind, String memo, List<Line> lines) {
        public Posting {
            lines = List.copyOf(lines);
            if (lines.size() < 2) {
                throw new IllegalArgumentException("a posting has two lines or more");
            }
            BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("a posting sums to zero, not " + sum + ": " + lines);
            }
        }

        /** Moves {@code amount} from one account to another: the first is debited, the second credited. */
        public static Posting move(String kind, String memo, String debit, String credit, BigDecimal amount) {
            return new Posting(kind, memo, List.of(new Line(debit, amount), new Line(credit, amount.negate())));
        }
    }

    /** Whether an account's balance is normally a debit (only the bank account). */
    public static boolean debitNormal(String account) {
        return BANK.equals(account);
    }

    /** Account balances; {@link #post} refuses what would overdraw an account (see the class comment). */
    public static final class Balances {
        private final Map<String, BigDecimal> balances = new HashMap<>();

        public Balances() {
        }

        public Balances(Map<String, BigDecimal> known) {
            balances.putAll(known);
        }

        public BigDecimal of(String account) {
            return balances.getOrDefault(account, BigDecimal.ZERO.setScale(2));
        }

        /** Applies a posting, or refuses it (nothing applied) when an account would change sides. */
        public void post(Posting p) {
            for (Line l : p.lines()) {
                BigDecimal after = of(l.account()).add(l.amount());
                if (debitNormal(l.account()) ? after.signum() < 0 : after.signum() > 0) {
                    throw new ConflictException("ledger.overdrawn", l.account(), of(l.account()).abs().toPlainString());
                }
            }
            // two lines may touch one account: apply after checking their sum, as the database would
            Map<String, BigDecimal> sums = new HashMap<>();
            p.lines().forEach(l -> sums.merge(l.account(), l.amount(), BigDecimal::add));
            sums.forEach((a, v) -> balances.merge(a, v, BigDecimal::add));
        }

        /** The sum of every account's balance: zero, always. */
        public BigDecimal total() {
            return balances.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public Map<String, BigDecimal> asMap() {
            return Map.copyOf(balances);
        }
    }
}
