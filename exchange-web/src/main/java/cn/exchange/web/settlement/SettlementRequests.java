package cn.exchange.web.settlement;

/** The request bodies of the settlement clerk's resources ({@link SettlementResource}, {@link DepositForfeitureResource}). */
public final class SettlementRequests {

    private SettlementRequests() {
    }

    public record Reason(String reason) {
    }

    /** A forfeiture decision: the ground the announcement states and the staff's reason. */
    public record Forfeiture(cn.exchange.core.settlement.DepositForfeiture.Ground ground, String reason) {
    }

    public record Payee(String payeeAccount) {
    }
}
