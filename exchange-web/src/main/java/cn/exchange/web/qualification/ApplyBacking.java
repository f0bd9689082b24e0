package cn.exchange.web.qualification;

import cn.exchange.core.qualification.ApplicationDocumentKind;
import cn.exchange.ejb.qualification.ApplicationDocumentService;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.ApplyWithDocuments;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The apply form on a lot's page (bidders), with the application's documents (rule 38): the business licence or ID
 * document, the power of attorney when an agent applies, the signed commitment letter. Files chosen are saved with the
 * application in one go; any may also be added later on the bidder's applications page.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplyWithDocuments applications;

    @EJB
    ApplicationDocumentService documents;

    private boolean commitmentAccepted;
    private String relatedParties;
    private boolean priorityRight;
    private boolean throughAgent;
    private ApplicationDocumentKind identityKind;
    private transient Part identity;
    private transient Part powerOfAttorney;
    private transient Part commitmentLetter;

    public String apply(long lotId) {
        List<ApplyWithDocuments.Upload> uploads = new ArrayList<>();
        add(uploads, getIdentityKind(), identity);
        add(uploads, ApplicationDocumentKind.POWER_OF_ATTORNEY, powerOfAttorney);
        add(uploads, ApplicationDocumentKind.COMMITMENT_LETTER, commitmentLetter);
        ApplicationView v = Pages.attempt("apply", () -> applications.apply(lotId,
                new QualificationService.ApplyForm(commitmentAccepted, relatedParties, priorityRight, throughAgent), uploads));
        if (v == null) {
            return null;
        }
        Pages.info(Pages.text("apply.done", v.lotNumber(), v.paymentReference()));
        Pages.keepMessagesOverRedirect();
        return "/bidder/applications?faces-redirect=true";
    }

    private static void add(List<ApplyWithDocuments.Upload> uploads, ApplicationDocumentKind kind, Part f) {
        if (f != null && f.getSize() > 0) {
            try (var in = f.getInputStream()) {
                uploads.add(new ApplyWithDocuments.Upload(kind, f.getSubmittedFileName(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Business licence (enterprise) or ID document (natural person): the identity field of this bidder. */
    public ApplicationDocumentKind getIdentityKind() {
        if (identityKind == null) {
            identityKind = documents.identityKind();
        }
        return identityKind;
    }

    public boolean isCommitmentAccepted() { return commitmentAccepted; }
    public void setCommitmentAccepted(boolean v) { commitmentAccepted = v; }
    public String getRelatedParties() { return relatedParties; }
    public void setRelatedParties(String v) { relatedParties = v; }
    public boolean isPriorityRight() { return priorityRight; }
    public void setPriorityRight(boolean v) { priorityRight = v; }
    public boolean isThroughAgent() { return throughAgent; }
    public void setThroughAgent(boolean v) { throughAgent = v; }
    public Part getIdentity() { return identity; }
    public void setIdentity(Part v) { identity = v; }
    public Part getPowerOfAttorney() { return powerOfAttorney; }
    public void setPowerOfAttorney(Part v) { powerOfAttorney = v; }
    public Part getCommitmentLetter() { return commitmentLetter; }
    public void setCommitmentLetter(Part v) { commitmentLetter = v; }
}
