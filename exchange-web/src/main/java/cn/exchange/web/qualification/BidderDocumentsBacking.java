package cn.exchange.web.qualification;

import cn.exchange.core.qualification.ApplicationDocumentKind;
import cn.exchange.ejb.qualification.ApplicationDocumentService;
import cn.exchange.ejb.qualification.ApplicationDocumentView;
import cn.exchange.ejb.qualification.ApplicationDocumentsView;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A bidder's documents of its own applications (rule 38): what each has and lacks, and a document added to one while
 * it is under review.
 */
@Named
@ViewScoped
public class BidderDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicationDocumentService documents;

    private Long applicationId;
    private ApplicationDocumentKind kind;
    private final Map<Long, ApplicationDocumentsView> seen = new HashMap<>();

    /** An application's documents and what it still lacks (its own: the service refuses any other). */
    public ApplicationDocumentsView of(long id) {
        return seen.computeIfAbsent(id, documents::list);
    }

    public void upload(FileUploadEvent e) {
        if (applicationId == null) {
            Pages.error(Pages.text("qualification.chooseApplication"));
            return;
        }
        byte[] content = e.getFile().getContent();
        ApplicationDocumentView d = Pages.attempt("documents", () -> documents.upload(applicationId, kind, e.getFile().getFileName(), content));
        if (d != null) {
            seen.clear();
            Pages.info(Pages.text("applyDocs.uploaded", d.name(), d.sha256()));
        }
    }

    public ApplicationDocumentKind[] getKinds() { return ApplicationDocumentKind.values(); }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long v) { applicationId = v; }
    public ApplicationDocumentKind getKind() { return kind; }
    public void setKind(ApplicationDocumentKind v) { kind = v; }
}
