package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.RejectionGrounds;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.DepositForfeiture;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.ejb.settlement.DepositForfeitures;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Staff: the review queue of a lot, opinions, rulings and the forfeiture or release of a deposit; the conclusion, the
 * auction's schedule or the negotiated deal are {@link StaffConclusionBacking}'s, on the lot chosen here.
 */
@Named
@ViewScoped
public class StaffQualificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualificationService qualification;

    @EJB
    ListingService listings;

    @Inject
    AccessBean access;

    @EJB
    DepositForfeitures forfeitures;

    @EJB
    cn.exchange.ejb.qualification.ApplicationDocumentService documents;

    /** Rule 38: the documents of the lot's applications shown, read once per opening of the lot. */
    private final java.util.Map<Long, cn.exchange.ejb.qualification.ApplicationDocumentsView> documentsOf = new java.util.HashMap<>();

    /** Docs/rules.md §1.4: the ground of a deposit forfeiture outside a deal. */
    private DepositForfeiture.Ground forfeitureGround;

    private List<LotView> lots;
    private List<ApplicationView> dueToday;
    private Long lotId;
    private List<ApplicationView> applications;
    private Long applicationId;
    private String reason;
    private List<RejectionGrounds.Ground> grounds;
    private List<String> cited = new ArrayList<>();

    @PostConstruct
    void load() {
        lots = ReviewedLots.of(listings);
        dueToday = qualification.dueToday();
    }

    /** Opens a lot's applications (from the menu, or from {@code ?lot=} in the address). */
    public void open() {
        if (lotId == null) {
            applications = null;
            return;
        }
        documentsOf.clear();
        applications = Pages.attempt("act", () -> qualification.forLot(lotId));
        grounds = applications == null ? null : Pages.attempt("act", () -> qualification.rejectionGrounds(lotId,
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        cited = new ArrayList<>();
    }

    public void qualify() {
        onApplication(() -> qualification.review(applicationId, Application.Opinion.QUALIFIED, List.of(), reason));
    }
    /** Rule 13: the rejection cites the conditions ticked in the lot's list (or rule 16), the words in "reason" beside them. */
    public void reject() {
        onApplication(() -> qualification.review(applicationId, Application.Opinion.REJECTED, cited, reason));
    }
    public void upholdRuling() { onApplication(() -> qualification.ruling(applicationId, true, reason)); }
    public void overturnRuling() { onApplication(() -> qualification.ruling(applicationId, false, reason)); }

    /** Docs/rules.md §1.4: forfeit the chosen application's deposit on the chosen ground, for the reason written. */
    public void forfeit() { onApplication(() -> forfeitures.forfeit(applicationId, forfeitureGround, reason)); }

    /** Docs/rules.md §1.4: release a deposit held for a no-bid decision (refunded). */
    public void release() { onApplication(() -> forfeitures.release(applicationId, reason)); }

    public boolean isMayForfeit() { return access.can(Permission.FORFEITURE_DECIDE.name()); }
    public DepositForfeiture.Ground[] getForfeitureGrounds() { return DepositForfeiture.Ground.values(); }
    public DepositForfeiture.Ground getForfeitureGround() { return forfeitureGround; }
    public void setForfeitureGround(DepositForfeiture.Ground v) { forfeitureGround = v; }

    /**
     * An action on the chosen lot (the conclusion's: {@link StaffConclusionBacking}); a form sent with none chosen (the
     * page only offers it with one) is told so.
     */
    public void onLot(Supplier<?> action) {
        if (lotId == null) {
            Pages.error(Pages.text("document.chooseLot"));
            return;
        }
        act(action);
    }

    private void onApplication(Supplier<?> action) {
        if (applicationId == null) {
            Pages.error(Pages.text("qualification.chooseApplication"));
            return;
        }
        act(action);
    }

    private void act(Supplier<?> action) {
        if (Pages.attempt("act", action) != null) {
            Pages.info(Pages.text("qualification.done"));
            reason = null;
            open();
            load();
        }
    }

    /** An application's documents, what it requires and lacks (rule 38), each to open on its own. */
    public cn.exchange.ejb.qualification.ApplicationDocumentsView documents(long applicationId) {
        return documentsOf.computeIfAbsent(applicationId, documents::list);
    }

    public boolean isMayReview() { return access.can(Permission.APPLICATION_REVIEW.name()); }
    public List<LotView> getLots() { return lots; }
    public List<ApplicationView> getDueToday() { return dueToday; }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { lotId = v; }
    public List<ApplicationView> getApplications() { return applications; }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long v) { applicationId = v; }
    public List<RejectionGrounds.Ground> getGrounds() { return grounds; }
    public List<String> getCited() { return cited; }
    public void setCited(List<String> v) { cited = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
