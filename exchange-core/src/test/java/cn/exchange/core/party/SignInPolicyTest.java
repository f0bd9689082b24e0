package cn.exchange.core.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPolicyTest {

    @Test
    void anAttackerLocksOnlyItselfAndNewAddressesNotTheOwnerAtItsUsualAddress() {
        // after 50 wrong passwords from the attacker's address: the pair (victim, attacker's address), the victim's name
        // and the attacker's address are all locked
        boolean nameLocked = true;
        assertThat(SignInPolicy.refuses(true, nameLocked, true, false)).as("the attacker, again").isTrue();
        assertThat(SignInPolicy.refuses(false, nameLocked, false, true)).as("the victim from its usual address").isFalse();
        assertThat(SignInPolicy.refuses(false, nameLocked, false, false)).as("anyone from a new address").isTrue();
    }

    @Test
    void oneGuesserBehindAProxyDoesNotLockOutTheUsersKnownThere() {
        boolean proxyLocked = true;
        assertThat(SignInPolicy.refuses(false, false, proxyLocked, true)).as("a colleague who signed in there before").isFalse();
        assertThat(SignInPolicy.refuses(false, false, proxyLocked, false)).as("a name never seen there").isTrue();
    }

    @Test
    void theOwnerWhoGuessesWrongFromItsOwnAddressIsLockedThere() {
        assertThat(SignInPolicy.refuses(true, true, false, true)).isTrue();
        assertThat(SignInPolicy.refuses(false, false, false, false)).isFalse();
    }
}
