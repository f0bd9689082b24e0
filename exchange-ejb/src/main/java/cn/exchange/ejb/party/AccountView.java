package cn.exchange.ejb.party;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.Party;

import java.time.OffsetDateTime;

/** An account as pages and the API show it (never the password hash). */
public record AccountView(long id, String username, String displayName, String role, String status, String email,
                          String mobile, OffsetDateTime lastLoginAt, OffsetDateTime createdAt, PartyView party) {

    public static AccountView of(Account a) {
        Party p = a.getParty();
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole().name(), a.getStatus().name(),
                a.getEmail(), a.getMobile(), a.getLastLoginAt(), a.getCreatedAt(), p == null ? null : PartyView.of(p, true));
    }
}
