package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.PriorityHolder;
import cn.exchange.core.listing.Project;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Rule 24 (docs/rules.md §1.7): the agency names the priority right holders of its equity lot, the reviewer confirms
 * them, both before the announcement is published; the list is then frozen with the lot's terms (rule 10). Every change
 * locks the project, as publication does, so a list cannot change while its lot is being published. The rules are
 * {@link PriorityHolder}'s.
 */
@Stateless
public class PriorityHolderService {

    /** What the agency enters for one holder. */
    public record HolderForm(String name, String identifier, Integer rank, String basisRef) {
    }

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @jakarta.inject.Inject
    cn.exchange.core.listing.ProjectRepository projects;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** The agency names a holder on one of its lots (equity transfer only, before publication). */
    public PriorityHolderView name(long projectId, long lotId, HolderForm form) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Lot lot = lotOf(ownProjectLocked(ctx.caller(), projectId), lotId);
            HolderForm f = form == null ? new HolderForm(null, null, null, null) : form;
            PriorityHolder h = PriorityHolder.name(lot, f.name(), f.identifier(), f.rank(), f.basisRef(), holders(lotId),
                    ctx.nowAt(), ctx.caller().username());
            em.persist(h);
            em.flush();
            ctx.record("PriorityHolder", h.getId(), "priorityHolder.named", lot.label() + ": " + h.getName() + " (rank " + h.getRank()
                    + ", basis " + h.getBasisRef() + ")");
            return PriorityHolderView.of(h);
        });
    }

    /** How the agency's holders exercise the right on one of its lots (rule 24: in the auction, or after it — 事后行权). */
    public record ExerciseForm(cn.exchange.core.listing.PriorityExercise mode, Integer matchSeconds) {
    }

    /** The agency chooses how the lot's holders exercise the right (equity transfer, before publication). */
    public java.util.Map<String, Object> chooseExercise(long projectId, long lotId, ExerciseForm form) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Lot lot = lotOf(ownProjectLocked(ctx.caller(), projectId), lotId);
            ExerciseForm f = form == null ? new ExerciseForm(null, null) : form;
            PriorityHolder.chooseExercise(lot, f.mode(), f.matchSeconds());
            ctx.record("Lot", lotId, "priorityHolder.exercise", lot.label() + ": " + lot.getPriorityExercise()
                    + (lot.getPriorityMatchSeconds() == null ? "" : ", match period " + lot.getPriorityMatchSeconds() + " s"));
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("lotId", lotId);
            out.put("mode", lot.getPriorityExercise().name());
            out.put("matchSeconds", lot.getPriorityMatchSeconds());
            return out;
        });
    }

    /** The reviewer confirms a named holder against its basis document, before publication. */
    public PriorityHolderView confirm(long projectId, long lotId, long holderId) {
        return executor.execute(Permission.PROJECT_REVIEW, ctx -> {
            Project p = projects.getForUpdate(projectId);
            Lot lot = lotOf(p, lotId);
            PriorityHolder h = em.find(PriorityHolder.class, holderId);
            if (h == null || h.getLotId() != lotId) {
                throw new NotFoundException("PriorityHolder", holderId);
            }
            h.confirm(lot, ctx.nowAt(), ctx.caller().username());
            ctx.record("PriorityHolder", h.getId(), "priorityHolder.confirmed", lot.label() + ": " + h.getName());
            return PriorityHolderView.of(h);
        });
    }

    /** The holders of a lot, by rank: for its own agency and for staff. */
    public List<PriorityHolderView> list(long projectId, long lotId) {
        Caller c = callers.current();
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (!c.can(Permission.PROJECT_READ_ALL) && !(c.can(Permission.PROJECT_READ_OWN) && c.partyId() != null
                && c.partyId() == p.getAgencyPartyId())) {
            throw new NotFoundException("Project", projectId);
        }
        lotOf(p, lotId);
        return holders(lotId).stream().map(PriorityHolderView::of).toList();
    }

    /** The holders named on a lot, by rank then naming order. */
    public List<PriorityHolder> holders(long lotId) {
        return em.createNamedQuery("PriorityHolder.ofLot", PriorityHolder.class).setParameter("lot", lotId).getResultList();
    }

    /** Publication (rule 10) freezes the list: refused while a holder of a submitted lot is unconfirmed. */
    public void requireConfirmedBeforePublication(Project p) {
        for (Lot lot : p.getLots()) {
            if (lot.isEditable()) {
                PriorityHolder.requireAllConfirmed(lot, holders(lot.getId()));
            }
        }
    }

    /** The caller's own project, locked; another agency's project does not exist for the caller. */
    private Project ownProjectLocked(cn.exchange.ejb.identity.Caller c, long projectId) {
        Project p = projects.getForUpdate(projectId);   // absent: NotFoundException("Project", projectId)
        if (c.partyId() == null || p.getAgencyPartyId() != c.partyId()) {
            throw new NotFoundException("Project", projectId);
        }
        return p;
    }

    private static Lot lotOf(Project p, long lotId) {
        return p.getLots().stream().filter(l -> l.getId() == lotId).findFirst().orElseThrow(() -> new NotFoundException("Lot", lotId));
    }
}
