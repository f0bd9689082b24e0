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

/** An agency's projects, and the batch import of lots from a file into one of them. */
@Named
@ViewScoped
public class AgencyProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListingService listings;

    private List<ProjectView> projects;
    private Long importInto;
    private boolean acceptValidRows;
    private ImportReportView report;
    private Long attachTo;

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

    public Long getAttachTo() { return attachTo; }
    public void setAttachTo(Long v) { attachTo = v; }
    public List<ProjectView> getProjects() { return projects; }
    public Long getImportInto() { return importInto; }
    public void setImportInto(Long v) { importInto = v; }
    public boolean isAcceptValidRows() { return acceptValidRows; }
    public void setAcceptValidRows(boolean v) { acceptValidRows = v; }
    public ImportReportView getReport() { return report; }
}
