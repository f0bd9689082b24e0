package cn.exchange.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain that makes the audit trail tamper-evident (rule 37).
 *
 * <p>Format: {@code hash = hex(SHA-256(UTF-8(canonical JSON of the record without "hash")))}, where the canonical JSON
 * is {@link CanonicalJson}'s (sorted keys, no spaces, non-ASCII as is) and the record includes {@code prevHash}, the
 * previous record's hash (64 zeros before the first). Changing, removing or inserting any record breaks every hash
 * from there on; {@link #verify} reports the first broken link.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hashOf(AuditEntry entry) {
        return sha256Hex(CanonicalJson.write(entry.hashedFields()));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verification's result: how many records were checked and, if any, the first that does not fit. */
    public record Verdict(long checked, Optional<Long> firstBrokenSeq, String reason) {
        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    /**
     * Checks records in sequence order, starting after {@code expectedPrevHash} at sequence {@code expectedSeq}
     * (1 and {@link #GENESIS} for a whole chain).
     */
    public static Verdict verify(Iterable<AuditEntry> records, long expectedSeq, String expectedPrevHash) {
        long seq = expectedSeq;
        String prev = expectedPrevHash;
        long checked = 0;
        for (AuditEntry e : records) {
            if (e.seq() != seq) {
                return new Verdict(checked, Optional.of(seq), "record " + seq + " is missing (next found: " + e.seq() + ")");
            }
            if (!prev.equals(e.prevHash())) {
                return new Verdict(checked, Optional.of(e.seq()), "record " + e.seq() + " does not point at its predecessor's hash");
            }
            String recomputed = hashOf(e);
            if (!recomputed.equals(e.hash())) {
                return new Verdict(checked, Optional.of(e.seq()), "record " + e.seq() + " was altered: its content no longer matches its hash");
            }
            prev = e.hash();
            seq++;
            checked++;
        }
        return new Verdict(checked, Optional.empty(), "intact");
    }
}
