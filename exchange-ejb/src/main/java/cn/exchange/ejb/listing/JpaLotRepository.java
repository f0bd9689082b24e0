package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotRepository;
import cn.exchange.ejb.platform.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** {@link Lot}s in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaLotRepository extends JpaRepository<Lot> implements LotRepository {

    public JpaLotRepository() {
        super(Lot.class);
    }

    @Override
    public Optional<Lot> relistedAfterDeal(long dealId) {
        return em.createNamedQuery("Lot.relistingOfDeal", Lot.class).setParameter("d", dealId)
                .getResultStream().findFirst();
    }
}
