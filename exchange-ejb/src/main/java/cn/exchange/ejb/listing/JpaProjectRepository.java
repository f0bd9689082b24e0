package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Project;
import cn.exchange.core.listing.ProjectRepository;
import cn.exchange.ejb.platform.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link Project}s in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaProjectRepository extends JpaRepository<Project> implements ProjectRepository {

    public JpaProjectRepository() {
        super(Project.class);
    }
}
