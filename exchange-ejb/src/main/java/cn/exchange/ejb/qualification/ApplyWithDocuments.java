package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.ApplicationDocumentKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * The apply form with its documents (rule 38): the application and every file chosen with it are saved in one
 * transaction — a file refused on its bytes refuses the whole, naming its field, and nothing is half-saved.
 */
@Stateless
public class ApplyWithDocuments {

    /** A file chosen on the form for one kind of document. */
    public record Upload(ApplicationDocumentKind kind, String filename, byte[] content) {
    }

    @EJB
    QualificationService qualification;

    @EJB
    ApplicationDocumentService documents;

    public ApplicationView apply(long lotId, QualificationService.ApplyForm form, List<Upload> uploads) {
        ApplicationView v = qualification.apply(lotId, form);
        for (Upload u : uploads) {
            documents.upload(v.id(), u.kind(), u.filename(), u.content());
        }
        return v;
    }
}
