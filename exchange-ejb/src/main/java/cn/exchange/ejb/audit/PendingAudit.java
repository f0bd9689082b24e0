package cn.exchange.ejb.audit;

/**
 * A state change a command made, to be written to the audit trail in the same transaction.
 *
 * @param objectType e.g. {@code Party}
 * @param objectId   the object's id
 * @param action     e.g. {@code party.approved}
 * @param summary    compact before → after
 */
public record PendingAudit(String objectType, String objectId, String action, String summary) {

    public PendingAudit {
        if (summary == null) {
            summary = "";
        }
    }
}
