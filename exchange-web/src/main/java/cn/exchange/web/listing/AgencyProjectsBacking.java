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

    public List<ProjectView> getProjects() { return projects; }
    public Long getImportInto() { return importInto; }
    public void setImportInto(Long v) { importInto = v; }
    public boolean isAcceptValidRows() { return acceptValidRows; }
    public void setAcceptValidRows(boolean v) { acceptValidRows = v; }
    public ImportReportView getReport() { return report; }
}
