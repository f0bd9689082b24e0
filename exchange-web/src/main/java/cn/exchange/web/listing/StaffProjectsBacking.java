package cn.exchange.web.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Staff: projects waiting for publication, their pre-disclosure and publishing; the lot chosen for the changes of a
 * published listing, which {@link StaffLotChangeBacking} makes.
 */
@Named
@ViewScoped
public class StaffProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListingService listings;

    @Inject
    AccessBean access;

    private ListingStatus status = ListingStatus.SUBMITTED;
    private List<ProjectView> projects;
    private ProjectView selected;
    private Long lotId;
    private java.time.LocalDate preBasisDate;
    private boolean preApprovalPending;
    private Integer preWorkingDays = cn.exchange.core.listing.DisclosureRules.PRE_DISCLOSURE_MIN_WD;

    @PostConstruct
    void load() {
        projects = listings.projects(status);
    }

    public void filter() {
        selected = null;
        load();
    }

    public void select(ProjectView p) {
        selected = listings.project(p.id());
        lotId = selected.lots().isEmpty() ? null : selected.lots().get(0).id();
    }

    public void publish() {
        ProjectView p = Pages.attempt("publish", () -> listings.publish(selected.id()));
        if (p != null) {
            selected = p;
            Pages.info(Pages.text("project.published", p.number()));
            load();
        }
    }

    /** Rules 3, 4: the project's pre-disclosure, before any lot is formally announced. */
    public void preDisclose() {
        ProjectView p = Pages.attempt("preDisclosure", () -> listings.preDisclose(selected.id(), preBasisDate, preApprovalPending,
                preWorkingDays == null ? 0 : preWorkingDays));
        if (p != null) {
            selected = p;
            Pages.info(Pages.text("preDisclosure.published", p.number(), money(p.preDisclosure().endsAt())));
        }
    }

    private static String money(java.time.OffsetDateTime t) {
        return cn.exchange.core.calendar.ExchangeTime.display(t.toInstant());
    }

    /**
     * Whether the selected project may file its pre-disclosure now: a change of control or a capital increase, not yet
     * filed or announced.
     */
    public boolean isMayPreDisclose() {
        return selected != null && isMayPublish() && selected.preDisclosure() == null
                && (selected.controlChange() || selected.category() == Category.CAPITAL_INCREASE)
                && selected.lots().stream()
                        .allMatch(l -> l.status() == ListingStatus.SUBMITTED || l.status() == ListingStatus.DRAFT);
    }

    public java.time.LocalDate getPreBasisDate() { return preBasisDate; }
    public void setPreBasisDate(java.time.LocalDate v) { preBasisDate = v; }
    public boolean isPreApprovalPending() { return preApprovalPending; }
    public void setPreApprovalPending(boolean v) { preApprovalPending = v; }
    public Integer getPreWorkingDays() { return preWorkingDays; }
    public void setPreWorkingDays(Integer v) { preWorkingDays = v; }

    /** A lot of the selected project was changed ({@link StaffLotChangeBacking}): the project and the list are read again. */
    public void lotChanged() {
        selected = listings.project(selected.id());
        load();
    }

    public boolean isMayPublish() { return access.can(Permission.ANNOUNCEMENT_PUBLISH.name()); }
    public boolean isMayChange() { return access.can(Permission.LISTING_CHANGE.name()); }
    public ListingStatus[] getStatuses() { return ListingStatus.values(); }
    public ListingStatus getStatus() { return status; }
    public void setStatus(ListingStatus v) { status = v; }
    public List<ProjectView> getProjects() { return projects; }
    public ProjectView getSelected() { return selected; }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { lotId = v; }
}
