package cn.exchange.core.listing;

import cn.exchange.core.shared.Repository;

import java.util.Optional;

/** Where {@link Lot}s are kept ({@link Repository}: get, find, getForUpdate, add). */
public interface LotRepository extends Repository<Lot> {

    /** Docs/rules.md §1.4: the lot relisted after the forfeited deal {@code dealId}, if it was. */
    Optional<Lot> relistedAfterDeal(long dealId);
}
