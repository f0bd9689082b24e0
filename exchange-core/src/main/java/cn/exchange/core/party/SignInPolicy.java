package cn.exchange.core.party;

import java.time.Duration;

/**
 * How repeated failed sign-ins slow an attacker down: after {@link #USER_FAILURES} failures for one user name within
 * {@link #WINDOW}, or {@link #ADDRESS_FAILURES} from one client address, further attempts are refused for
 * {@link #LOCK}, whether or not the user name exists (so lock-out reveals nothing about which accounts exist).
 */
public final class SignInPolicy {

    public static final int USER_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private SignInPolicy() {
    }
}
