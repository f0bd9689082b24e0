package cn.exchange.ejb.settlement;

import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.DealRepository;
import cn.exchange.ejb.platform.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link Deal}s in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaDealRepository extends JpaRepository<Deal> implements DealRepository {

    public JpaDealRepository() {
        super(Deal.class);
    }
}
