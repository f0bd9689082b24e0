package cn.exchange.web.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/** Staff: projects waiting for publication, publishing, and the changes of a published listing. */
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
    private String text;
    private Integer workingDays = 5;
    private BigDecimal price;
    private boolean onlyPriceChanged = true;
    private String approvalIssuer;
    private String approvalNumber;
    private java.time.LocalDate approvalDate;
    private BigDecimal approvedPrice;
    private cn.exchange.ejb.listing.PriceApprovalView priceApproval;
    private String appraiser;
    private java.time.LocalDate valuationBaseDate;
    private BigDecimal appraisedValue;
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

    /** Whether the selected project may file its pre-disclosure now: a change of control or a capital increase, not yet filed or announced. */
    public boolean isMayPreDisclose() {
        return selected != null && isMayPublish() && selected.preDisclosure() == null
                && (selected.controlChange() || selected.category() == cn.exchange.core.listing.Category.CAPITAL_INCREASE)
                && selected.lots().stream().allMatch(l -> l.status() == ListingStatus.SUBMITTED || l.status() == ListingStatus.DRAFT);
    }

    public java.time.LocalDate getPreBasisDate() { return preBasisDate; }
    public void setPreBasisDate(java.time.LocalDate v) { preBasisDate = v; }
    public boolean isPreApprovalPending() { return preApprovalPending; }
    public void setPreApprovalPending(boolean v) { preApprovalPending = v; }
    public Integer getPreWorkingDays() { return preWorkingDays; }
    public void setPreWorkingDays(Integer v) { preWorkingDays = v; }

    public void amend() { change(() -> listings.amend(lotId, text)); }
    public void suspend() { change(() -> listings.suspend(lotId, text)); }
    public void resume() { change(() -> listings.resume(lotId)); }
    public void terminate() { change(() -> listings.terminate(lotId, text)); }
    public void extend() { change(() -> listings.extend(lotId, workingDays == null ? 0 : workingDays)); }
    public void relist() {
        change(() -> listings.relist(lotId, price, onlyPriceChanged, priceApproval == null ? null : priceApproval.id()));
        priceApproval = null;
    }

    /** Rule 12: a locked lot's new audit and valuation, with its new listing price (the "new price" field). */
    public void revalue() {
        change(() -> listings.revalue(lotId, appraiser, valuationBaseDate, appraisedValue, price));
    }

    /** Rule 7: the approval of a relisting price below 90 %, attached with its file before "relist" uses it. */
    public void attachApproval(org.primefaces.event.FileUploadEvent e) {
        if (lotId == null) {
            Pages.error(Pages.text("document.chooseLot"));
            return;
        }
        byte[] content = e.getFile().getContent();
        var a = Pages.attempt("change", () -> listings.attachPriceApproval(lotId, approvalIssuer, approvalNumber, approvalDate,
                approvedPrice, e.getFile().getFileName(), content));
        if (a != null) {
            priceApproval = a;
            Pages.info(Pages.text("priceApproval.attached", a.issuer() + " " + a.number(), a.sha256()));
        }
    }

    private void change(Supplier<LotView> action) {
        if (lotId == null) {
            return;
        }
        LotView v = Pages.attempt("change", action);
        if (v != null) {
            Pages.info(Pages.text("lot.changed", v.projectNumber() + "-" + v.lotNo(), Pages.text("listingStatus." + v.status())));
            selected = listings.project(selected.id());
            text = null;
            load();
        }
    }

    public String getAppraiser() { return appraiser; }
    public void setAppraiser(String v) { appraiser = v; }
    public java.time.LocalDate getValuationBaseDate() { return valuationBaseDate; }
    public void setValuationBaseDate(java.time.LocalDate v) { valuationBaseDate = v; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public void setAppraisedValue(BigDecimal v) { appraisedValue = v; }
    public boolean isMayPublish() { return access.can(Permission.ANNOUNCEMENT_PUBLISH.name()); }
    public boolean isMayChange() { return access.can(Permission.LISTING_CHANGE.name()); }
    public ListingStatus[] getStatuses() { return ListingStatus.values(); }
    public ListingStatus getStatus() { return status; }
    public void setStatus(ListingStatus v) { status = v; }
    public List<ProjectView> getProjects() { return projects; }
    public ProjectView getSelected() { return selected; }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { lotId = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer v) { workingDays = v; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal v) { price = v; }
    public boolean isOnlyPriceChanged() { return onlyPriceChanged; }
    public void setOnlyPriceChanged(boolean v) { onlyPriceChanged = v; }
    public String getApprovalIssuer() { return approvalIssuer; }
    public void setApprovalIssuer(String v) { approvalIssuer = v; }
    public String getApprovalNumber() { return approvalNumber; }
    public void setApprovalNumber(String v) { approvalNumber = v; }
    public java.time.LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(java.time.LocalDate v) { approvalDate = v; }
    public BigDecimal getApprovedPrice() { return approvedPrice; }
    public void setApprovedPrice(BigDecimal v) { approvedPrice = v; }
    public cn.exchange.ejb.listing.PriceApprovalView getPriceApproval() { return priceApproval; }
}
