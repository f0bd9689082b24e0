package cn.exchange.core.qualification;

import cn.exchange.core.shared.Repository;

/** Where {@link Application}s are kept ({@link Repository}: get, find, getForUpdate, add). */
public interface ApplicationRepository extends Repository<Application> {
}
