package cn.exchange.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the audit trail (rule 37): who did what to which object, when, from where, and a compact before/after
 * summary; chained to its predecessor by hash.
 *
 * @param seq        1, 2, 3 … without gaps
 * @param recordedAt server time, {@code 2026-03-05T17:00:00.123+08:00}
 * @param actor      the account's user name, or {@code system} for scheduled work
 * @param actorRole  the role the actor acted in
 * @param sourceIp   the client address, or {@code null} for scheduled work
 * @param objectType e.g. {@code Account}, {@code Lot}
 * @param objectId   the object's id as text
 * @param action     e.g. {@code bidder.registered}, {@code lot.awarded}
 * @param summary    compact before → after, e.g. {@code status: PENDING -> APPROVED}
 * @param prevHash   the previous record's hash; 64 zeros for the first record
 * @param hash       SHA-256 (hex) of the canonical JSON of all the other fields
 */
public record AuditEntry(long seq, String recordedAt, String actor, String actorRole, String sourceIp, String objectType,
                         String objectId, String action, String summary, String prevHash, String hash) {

    /** The fields the hash covers, under the names the JSON Lines export uses. */
    public Map<String, Object> hashedFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("recordedAt", recordedAt);
        m.put("actor", actor);
        m.put("actorRole", actorRole);
        m.put("sourceIp", sourceIp);
        m.put("objectType", objectType);
        m.put("objectId", objectId);
        m.put("action", action);
        m.put("summary", summary);
        m.put("prevHash", prevHash);
        return m;
    }

    /** This record as one line of the JSON Lines export: the hashed fields plus {@code hash}. */
    public String toJsonLine() {
        Map<String, Object> m = hashedFields();
        m.put("hash", hash);
        return CanonicalJson.write(m);
    }

    public AuditEntry withHash(String h) {
        return new AuditEntry(seq, recordedAt, actor, actorRole, sourceIp, objectType, objectId, action, summary, prevHash, h);
    }
}
