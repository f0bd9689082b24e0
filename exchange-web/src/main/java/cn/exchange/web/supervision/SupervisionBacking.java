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
    private String project;
    private String agency;
    private String bidder;
    private String category;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private java.math.BigDecimal min;
    private java.math.BigDecimal max;
    private List<cn.exchange.core.supervision.LotFacts> found;

    /** Search by project number, agency, bidder, category, period and amount; each result links to its trail. */
    public void search() {
        found = cn.exchange.web.shell.Pages.attempt("search", () -> supervision.facts(new SupervisionQuery(from, to, agency, null,
                category == null || category.isBlank() ? null : category, bidder, project, min, max)));
    }

    public cn.exchange.core.listing.Category[] getCategories() { return cn.exchange.core.listing.Category.values(); }
    public List<cn.exchange.core.supervision.LotFacts> getFound() { return found; }
    public String getProject() { return project; }
    public void setProject(String v) { project = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { agency = v; }
    public String getBidder() { return bidder; }
    public void setBidder(String v) { bidder = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public java.time.LocalDate getFrom() { return from; }
    public void setFrom(java.time.LocalDate v) { from = v; }
    public java.time.LocalDate getTo() { return to; }
    public void setTo(java.time.LocalDate v) { to = v; }
    public java.math.BigDecimal getMin() { return min; }
    public void setMin(java.math.BigDecimal v) { min = v; }
    public java.math.BigDecimal getMax() { return max; }
    public void setMax(java.math.BigDecimal v) { max = v; }

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
