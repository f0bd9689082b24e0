package cn.exchange.core.party;

import cn.exchange.core.security.Role;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. {@code find*} returns empty when absent; {@code get*} throws NotFoundException. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Account get(long id);

    List<Account> byParty(long partyId);

    List<Account> all();

    long countByRole(Role role);

    void add(Account account);
}
