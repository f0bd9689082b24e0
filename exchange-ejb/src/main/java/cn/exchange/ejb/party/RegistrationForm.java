package cn.exchange.ejb.party;

import cn.exchange.core.party.PartyRegistration;

/**
 * Self-registration of a bidder or an agency: the party's data and the first account's credentials. The user name is
 * the mobile number or e-mail address the person registers with.
 */
public record RegistrationForm(PartyRegistration.Form party, String username, String password, String passwordConfirm) {
}
