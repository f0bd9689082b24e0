package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.web.shell.AccessBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The deals list: a bidder's purchases, an agency's sales, or every deal for staff and supervisors. */
@Named
@ViewScoped
public class DealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DealService deals;
    @Inject
    AccessBean access;

    private List<DealView> list;

    @PostConstruct
    void load() {
        list = access.can(Permission.PROJECT_READ_ALL.name()) ? deals.all(null)
                : access.can(Permission.CONTRACT_READ_OWN.name()) ? deals.mine() : List.of();
    }

    public List<DealView> getList() {
        return list;
    }
}
