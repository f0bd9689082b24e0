package cn.exchange.web.supervision;

import cn.exchange.core.supervision.RedFlags;
import cn.exchange.core.supervision.Report;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.supervision.SupervisionQuery;
import cn.exchange.ejb.supervision.SupervisionService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The supervisors' dashboard: today's red flags, the figures of everything listed, the latest deals. */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SupervisionService supervision;
    @EJB
    DealService deals;

    private List<RedFlags.Flag> flags;
    private Report.Row total;
    private List<DealView> recent;

    @PostConstruct
    void load() {
        flags = supervision.flags(SupervisionQuery.ALL);
        total = supervision.report(SupervisionQuery.ALL, Report.By.ALL).get(0);
        recent = deals.all(null).stream().limit(10).toList();
    }

    public List<RedFlags.Flag> getFlags() { return flags; }
    public Report.Row getTotal() { return total; }
    public List<DealView> getRecent() { return recent; }
}
