package cn.exchange.ejb.party;

import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Parties in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Override
    public Party get(long id) {
        Party p = em.find(Party.class, id);
        if (p == null) {
            throw new NotFoundException("Party", id);
        }
        return p;
    }

    @Override
    public Optional<Party> findByCreditCode(String creditCode, PartyKind kind) {
        return em.createNamedQuery("Party.byCreditCode", Party.class)
                .setParameter("code", creditCode).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Party> findByResidentId(String residentId) {
        return em.createNamedQuery("Party.byResidentId", Party.class).setParameter("id", residentId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Party> byStatus(PartyStatus status) {
        return em.createNamedQuery("Party.byStatus", Party.class).setParameter("status", status).getResultList();
    }

    @Override
    public List<Party> agencies() {
        return em.createNamedQuery("Party.agencies", Party.class).getResultList();
    }

    @Override
    public void add(Party party) {
        em.persist(party);
    }
}
