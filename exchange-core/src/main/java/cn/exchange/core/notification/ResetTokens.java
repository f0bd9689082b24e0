package cn.exchange.core.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The self-service password reset's one-time link (忘记密码): a random token of 256 bits is mailed, only its SHA-256
 * hash is stored. The link works once, for {@link #VALIDITY}, and only while the account's password has not changed
 * since it was issued (the account's security stamp, which every password change and reset raises).
 */
public final class ResetTokens {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    private ResetTokens() {
    }

    /** A new token for a link: 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256, hex (64 characters). */
    public static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a text could be a token at all (checked before any lookup: hostile input gets a plain "invalid link"). */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /**
     * Whether a stored link still works at {@code now}: not used, issued less than {@link #VALIDITY} ago, and the
     * password unchanged since ({@code stampAtIssue} equals the account's current security stamp).
     */
    public static boolean usable(Instant issuedAt, Instant usedAt, int stampAtIssue, int currentStamp, Instant now) {
        return usedAt == null && stampAtIssue == currentStamp && now.isBefore(issuedAt.plus(VALIDITY)) && !now.isBefore(issuedAt);
    }
}
