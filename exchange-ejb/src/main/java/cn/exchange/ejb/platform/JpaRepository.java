package cn.exchange.ejb.platform;

import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.Repository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * A {@link Repository} over the exchange's persistence unit, for one aggregate root; the caller's transaction holds
 * what it reads and the lock it takes. Each aggregate's repository extends it ({@code JpaLotRepository}, …).
 *
 * @param <T> the aggregate root
 */
public abstract class JpaRepository<T> implements Repository<T> {

    private final Class<T> type;

    @PersistenceContext(unitName = "exchange")
    protected EntityManager em;

    protected JpaRepository(Class<T> type) {
        this.type = type;
    }

    @Override
    public T get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public T getForUpdate(long id) {
        return findForUpdate(id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    @Override
    public Optional<T> findForUpdate(long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(T aggregate) {
        em.persist(aggregate);
    }
}
