package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.ApplicationRepository;
import cn.exchange.ejb.platform.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link Application}s in PostgreSQL through the exchange's persistence unit. */
@ApplicationScoped
public class JpaApplicationRepository extends JpaRepository<Application> implements ApplicationRepository {

    public JpaApplicationRepository() {
        super(Application.class);
    }
}
