package cn.exchange.core.settlement;

import cn.exchange.core.shared.Repository;

/** Where {@link Deal}s are kept ({@link Repository}: get, find, getForUpdate, add). */
public interface DealRepository extends Repository<Deal> {
}
