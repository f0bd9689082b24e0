package cn.exchange.core.shared;

import java.util.Optional;

/**
 * Where an aggregate is kept (one repository per aggregate; docs in the README's "Modules, and how data and calls
 * flow"). {@link #get} throws {@link NotFoundException} when absent — the API answers 404 —, {@link #find} returns
 * empty, {@link #getForUpdate} also locks the row for the rest of the transaction (the one "lock or 404" of the
 * exchange); {@link #findForUpdate} locks it too but returns empty when absent, for a caller that handles a missing one
 * (a bank credit whose reference names no deal or application).
 *
 * @param <T> the aggregate root
 */
public interface Repository<T> {

    T get(long id);

    Optional<T> find(long id);

    T getForUpdate(long id);

    Optional<T> findForUpdate(long id);

    void add(T aggregate);
}
