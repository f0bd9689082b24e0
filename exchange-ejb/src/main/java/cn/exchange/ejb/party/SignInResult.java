package cn.exchange.ejb.party;

import cn.exchange.core.security.Role;

import java.util.Set;

/**
 * The outcome of a sign-in attempt. A failure never says whether the user name exists.
 *
 * @param outcome       SIGNED_IN, FAILED or THROTTLED
 * @param username      the account's user name when signed in
 * @param role          its role
 * @param accountId     its id
 * @param securityStamp its security stamp (sessions and tokens are bound to it)
 * @param retryMinutes  for THROTTLED, how long to wait
 */
public record SignInResult(Outcome outcome, String username, Role role, Long accountId, int securityStamp, long retryMinutes) {

    public enum Outcome {
        SIGNED_IN, FAILED, THROTTLED
    }

    public static SignInResult failed() {
        return new SignInResult(Outcome.FAILED, null, null, null, 0, 0);
    }

    public static SignInResult throttled(long minutes) {
        return new SignInResult(Outcome.THROTTLED, null, null, null, 0, Math.max(1, minutes));
    }

    public boolean ok() {
        return outcome == Outcome.SIGNED_IN;
    }

    public Set<String> groups() {
        return role == null ? Set.of() : role.groups();
    }
}
