package cn.exchange.core.listing;

import cn.exchange.core.shared.Repository;

/** Where {@link Lot}s are kept ({@link Repository}: get, find, getForUpdate, add). */
public interface LotRepository extends Repository<Lot> {
}
