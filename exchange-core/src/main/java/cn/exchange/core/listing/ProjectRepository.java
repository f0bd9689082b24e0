package cn.exchange.core.listing;

import cn.exchange.core.shared.Repository;

/** Where {@link Project}s are kept ({@link Repository}: get, find, getForUpdate, add). */
public interface ProjectRepository extends Repository<Project> {
}
