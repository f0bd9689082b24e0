package cn.exchange.ejb.party;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.security.Role;
import cn.exchange.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Accounts in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    @Override
    public Account get(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw new NotFoundException("Account", id);
        }
        return a;
    }

    @Override
    public List<Account> byParty(long partyId) {
        return em.createNamedQuery("Account.byParty", Account.class).setParameter("partyId", partyId).getResultList();
    }

    @Override
    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    @Override
    public long countByRole(Role role) {
        return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }
}
