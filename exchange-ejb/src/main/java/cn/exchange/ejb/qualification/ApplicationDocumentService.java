package cn.exchange.ejb.qualification;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.ApplicationDocument;
import cn.exchange.core.qualification.ApplicationDocumentKind;
import cn.exchange.core.qualification.ApplicationDocumentRules;
import cn.exchange.core.qualification.ApplicationRepository;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;

/**
 * The documents of an application (rule 38): the bidder uploads them with its application or later, while it is
 * still under review; staff and supervisors read every application's, the bidder its own. Nobody else learns they
 * exist — not another bidder, nor the agency, which sees applicants only anonymised (rule 23): for them the
 * application is not found.
 */
@Stateless
public class ApplicationDocumentService {

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @Inject
    ApplicationRepository applications;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** The bidder attaches a document to its own application, checked on its bytes; audited with its SHA-256. */
    public ApplicationDocumentView upload(long applicationId, ApplicationDocumentKind kind, String filename, byte[] content) {
        return executor.execute(Permission.APPLICATION_SUBMIT, ctx -> {
            Application a = applications.getForUpdate(applicationId);
            if (ctx.caller().partyId() == null || a.getBidderPartyId() != ctx.caller().partyId()) {
                throw new NotFoundException("Application", applicationId);
            }
            if (a.getStatus() != Application.Status.SUBMITTED) {
                throw new DomainException(kind == null ? "kind" : kind.field(), "applicationDocument.closed");
            }
            Party bidder = parties.get(a.getBidderPartyId());
            DocumentRules.Checked checked = ApplicationDocumentRules.check(bidder.getKind(), kind, filename, content);
            String sha = AuditChain.sha256Hex(content);
            ApplicationDocument d = new ApplicationDocument(applicationId, kind, checked, content, sha, ctx.nowAt(),
                    ctx.caller().username());
            em.persist(d);
            em.flush();
            ctx.record("ApplicationDocument", d.getId(), "applicationDocument.uploaded", "application " + applicationId + ": "
                    + kind + " " + checked.name() + " (" + checked.contentType() + ", " + content.length + " bytes, sha256 " + sha + ")");
            return ApplicationDocumentView.of(d);
        });
    }

    /**
     * The identity document the signed-in bidder attaches: a business licence for an enterprise, an ID document for a
     * natural person (the apply form labels its field so).
     */
    public ApplicationDocumentKind identityKind() {
        Caller c = callers.require(Permission.APPLICATION_SUBMIT);
        return c.partyId() != null && parties.get(c.partyId()).getKind() == cn.exchange.core.party.PartyKind.PERSON_BIDDER
                ? ApplicationDocumentKind.ID_DOCUMENT : ApplicationDocumentKind.BUSINESS_LICENCE;
    }

    /** An application's documents, what it requires and what is missing (its bidder; staff and supervisors). */
    public ApplicationDocumentsView list(long applicationId) {
        Application a = readable(applicationId);
        Party bidder = parties.get(a.getBidderPartyId());
        List<ApplicationDocument> docs = documents(applicationId);
        return new ApplicationDocumentsView(applicationId, bidder.getKind().name(), a.isThroughAgent(),
                ApplicationDocumentRules.required(bidder.getKind(), a.isThroughAgent()).stream().map(Enum::name).toList(),
                ApplicationDocumentRules.missing(bidder.getKind(), a.isThroughAgent(), kinds(docs)).stream().map(Enum::name).toList(),
                docs.stream().map(ApplicationDocumentView::of).toList());
    }

    /** One document with its bytes, for those who may read its application. */
    public ApplicationDocument download(long applicationId, long documentId) {
        readable(applicationId);
        ApplicationDocument d = em.find(ApplicationDocument.class, documentId);
        if (d == null || d.getApplicationId() != applicationId) {
            throw new NotFoundException("ApplicationDocument", documentId);
        }
        d.getContent();  // the lazy bytes, inside the transaction
        return d;
    }

    /**
     * Rule 38: refuses a favourable opinion (or ruling) on an application while a required document is missing,
     * naming each; called inside the command that gives it (it reads nothing out, it only refuses).
     */
    public void requireComplete(Application a) {
        Party bidder = parties.get(a.getBidderPartyId());
        ApplicationDocumentRules.requireComplete(bidder.getKind(), a.isThroughAgent(), kinds(documents(a.getId())));
    }

    private List<ApplicationDocument> documents(long applicationId) {
        return em.createNamedQuery("ApplicationDocument.ofApplication", ApplicationDocument.class)
                .setParameter("a", applicationId).getResultList();
    }

    private static List<ApplicationDocumentKind> kinds(List<ApplicationDocument> docs) {
        return docs.stream().map(ApplicationDocument::getKind).distinct().toList();
    }

    /**
     * The application, if the caller reads every application or it is the caller's own; for anyone else it does not
     * exist (an agency, the administrator, another bidder: 404, never a hint that it does).
     */
    private Application readable(long applicationId) {
        Caller c = callers.current();
        Application a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
        boolean own = c.can(Permission.APPLICATION_READ_OWN) && Objects.equals(c.partyId(), a.getBidderPartyId());
        if (!own && !c.can(Permission.APPLICATION_READ_ALL)) {
            throw new NotFoundException("Application", applicationId);
        }
        return a;
    }
}
