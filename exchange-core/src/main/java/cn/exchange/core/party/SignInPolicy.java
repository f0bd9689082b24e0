package cn.exchange.core.party;

import java.time.Duration;

/**
 * How repeated failed sign-ins slow an attacker down without letting the attacker lock the owner out.
 *
 * <p>Failures are counted three ways within {@link #WINDOW}:
 * <ul>
 *   <li>per user name and address — {@link #PAIR_FAILURES} lock that name <em>from that address</em>;</li>
 *   <li>per user name — {@link #USER_FAILURES} lock the name from every address it has not signed in from before;</li>
 *   <li>per address — {@link #ADDRESS_FAILURES} lock that address for every name not known there.</li>
 * </ul>
 * A lock lasts {@link #LOCK}. An address is <em>known</em> for an account when the account signed in from it within
 * {@link #KNOWN_ADDRESS_FOR}. So a competitor who guesses a rival bidder's name (a mobile number) from its own address
 * locks only itself; the bidder signing in from its usual address with the right password is never refused, and the
 * users behind one proxy that hides their addresses are not all locked out by one of them. Unknown user names have no
 * known address and are locked exactly like existing ones, so lock-out reveals nothing about which accounts exist.
 */
public final class SignInPolicy {

    public static final int PAIR_FAILURES = 5;
    public static final int USER_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration KNOWN_ADDRESS_FOR = Duration.ofDays(180);

    private SignInPolicy() {
    }

    /**
     * Whether an attempt is refused before its password is checked.
     *
     * @param pairLocked    this name from this address is locked
     * @param nameLocked    this name is locked (from unknown addresses)
     * @param addressLocked this address is locked (for names not known there)
     * @param knownAddress  the account signed in from this address within {@link #KNOWN_ADDRESS_FOR}
     */
    public static boolean refuses(boolean pairLocked, boolean nameLocked, boolean addressLocked, boolean knownAddress) {
        return pairLocked || (!knownAddress && (nameLocked || addressLocked));
    }
}
