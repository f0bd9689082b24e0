package cn.exchange.ejb.documents;

import java.io.Serializable;
import java.time.Instant;

/**
 * What checking a PDF's seal found: the outcome, and — when the file carries a signature at all — who signed it, when
 * (the time written into the signature), which document it names (the signature's reason, covered by the signature),
 * whether the signature covers the whole file, and the signing certificate's SHA-256 fingerprint.
 */
public record SealVerdict(Outcome outcome, String signer, Instant signedAt, String document, boolean coversWholeFile,
                          String certificateSha256) implements Serializable {

    /** The outcomes, each with its message on the verification page ({@code verify.seal.<name>}). */
    public enum Outcome {
        /** The exchange's seal, intact, over the whole file. */
        VALID,
        /** The signature does not match the bytes it covers: the file was changed after sealing. */
        ALTERED,
        /** The exchange's seal is intact, but bytes were added after it (an incremental update the seal does not cover). */
        APPENDED,
        /** A valid signature, but not by the exchange's seal. */
        FOREIGN,
        /** A PDF without any signature. */
        UNSIGNED,
        /** Not a readable PDF, or a signature that cannot be read. */
        UNREADABLE
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    static SealVerdict of(Outcome outcome) {
        return new SealVerdict(outcome, null, null, null, false, null);
    }
}
