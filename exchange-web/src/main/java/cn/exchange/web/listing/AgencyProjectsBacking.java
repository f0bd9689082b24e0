package cn.exchange.web.listing;

import cn.exchange.ejb.listing.ImportReport;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** An agency's projects, and the batch import of lots from a file into one of them. */
@Named
@ViewScoped
public class AgencyProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListingService listings;

    @EJB
    cn.exchange.ejb.listing.PriorityHolderService priorityHolders;

    private List<ProjectView> projects;
    private Long importInto;
    private boolean acceptValidRows;
    private ImportReportView report;
    private Long attachTo;
    private Long holdersOf;
    private String holderName;
    private String holderIdentifier;
    private Integer holderRank = 1;
    private String holderBasis;

    @PostConstruct
    void load() {
        projects = listings.myProjects();
    }

    public void upload(FileUploadEvent e) {
        if (importInto == null) {
            Pages.error(Pages.text("import.chooseProject"));
            return;
        }
        byte[] content = e.getFile().getContent();
        ImportReport r = Pages.attempt("import", () -> listings.importLots(importInto, e.getFile().getFileName(), content, acceptValidRows));
        if (r == null) {
            return;
        }
        report = ImportReportView.of(r, Pages.locale());
        if (r.saved() > 0) {
            Pages.info(Pages.text("import.saved", r.saved(), r.rows()));
        } else {
            Pages.error(Pages.text("import.nothingSaved", r.problems().size()));
        }
        load();
    }

    /** A photo or document for one lot of an unpublished project. */
    public void attach(FileUploadEvent e) {
        if (attachTo == null) {
            Pages.error(Pages.text("document.chooseLot"));
            return;
        }
        long projectId = projects.stream().filter(p -> p.lots().stream().anyMatch(l -> l.id() == attachTo)).map(ProjectView::id)
                .findFirst().orElse(0L);
        byte[] content = e.getFile().getContent();
        var d = Pages.attempt("documents", () -> listings.attach(projectId, attachTo, e.getFile().getFileName(), content));
        if (d != null) {
            Pages.info(Pages.text("document.attached", d.name(), d.sha256()));
        }
    }

    /** The lots that may still receive documents (not yet published). */
    public List<cn.exchange.ejb.listing.LotView> getOpenLots() {
        return projects.stream().flatMap(p -> p.lots().stream())
                .filter(l -> l.status() == cn.exchange.core.listing.ListingStatus.SUBMITTED).limit(500).toList();
    }

    /** Rule 24: names a priority right holder of an unpublished equity lot; the reviewer confirms it. */
    public void nameHolder() {
        if (holdersOf == null) {
            Pages.error(Pages.text("document.chooseLot"));
            return;
        }
        var h = Pages.attempt("holders", () -> priorityHolders.name(projectOf(holdersOf), holdersOf,
                new cn.exchange.ejb.listing.PriorityHolderService.HolderForm(holderName, holderIdentifier, holderRank, holderBasis)));
        if (h != null) {
            Pages.info(Pages.text("holders.named", h.name(), h.rank()));
            holderName = null;
            holderIdentifier = null;
            holderBasis = null;
        }
    }

    /** The holders named on the chosen lot, by rank. */
    public List<cn.exchange.ejb.listing.PriorityHolderView> getHolders() {
        return holdersOf == null ? List.of() : priorityHolders.list(projectOf(holdersOf), holdersOf);
    }

    /** The unpublished equity lots, where holders may be named (rule 24). */
    public List<cn.exchange.ejb.listing.LotView> getEquityLots() {
        return getOpenLots().stream().filter(l -> l.category() == cn.exchange.core.listing.Category.EQUITY_TRANSFER).toList();
    }

    private long projectOf(long lotId) {
        return projects.stream().filter(p -> p.lots().stream().anyMatch(l -> l.id() == lotId)).map(ProjectView::id).findFirst().orElse(0L);
    }

    public Long getHoldersOf() { return holdersOf; }
    public void setHoldersOf(Long v) { holdersOf = v; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String v) { holderName = v; }
    public String getHolderIdentifier() { return holderIdentifier; }
    public void setHolderIdentifier(String v) { holderIdentifier = v; }
    public Integer getHolderRank() { return holderRank; }
    public void setHolderRank(Integer v) { holderRank = v; }
    public String getHolderBasis() { return holderBasis; }
    public void setHolderBasis(String v) { holderBasis = v; }
    public Long getAttachTo() { return attachTo; }
    public void setAttachTo(Long v) { attachTo = v; }
    public List<ProjectView> getProjects() { return projects; }
    public Long getImportInto() { return importInto; }
    public void setImportInto(Long v) { importInto = v; }
    public boolean isAcceptValidRows() { return acceptValidRows; }
    public void setAcceptValidRows(boolean v) { acceptValidRows = v; }
    public ImportReportView getReport() { return report; }

    /** A project's lots counted by status, in the order of the lots. */
    public List<Map.Entry<String, Integer>> statuses(cn.exchange.ejb.listing.ProjectView p) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        p.lots().forEach(l -> out.merge(l.status().name(), 1, Integer::sum));
        return List.copyOf(out.entrySet());
    }
}
