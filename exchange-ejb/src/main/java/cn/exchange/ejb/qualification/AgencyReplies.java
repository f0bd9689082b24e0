package cn.exchange.ejb.qualification;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transferor's side of qualification (rule 14): the exchange's opinions on its own lots, its reply within the
 * working-day deadline, and every application on one of its lots — always anonymised ("意向受让方 A"), the same letter
 * for the same applicant everywhere (rule 23).
 */
@Stateless
public class AgencyReplies {

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    ListingSettingsProducer rules;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** The opinions on the agency's own lots waiting for its reply — without the applicants' identities. */
    public List<ApplicationView> forAgency() {
        Caller c = callers.require(Permission.QUALIFICATION_CONFIRM);
        List<ApplicationView> out = new ArrayList<>();
        List<Application> apps = em.createNamedQuery("Application.withOpinionOfAgency", Application.class).setParameter("p", c.partyId())
                .setMaxResults(500).getResultList();
        // the same letter for the same applicant here and on the project page: its place among all the lot's applications
        Map<Long, List<Long>> order = new HashMap<>();
        for (Application a : apps) {
            List<Long> ids = order.computeIfAbsent(a.getLotId(), lot -> em.createNamedQuery("Application.idsOfLot", Long.class)
                    .setParameter("l", lot).getResultList());
            out.add(QualificationService.view(rules, a, lots.get(a.getLotId()), null, List.of()).masked(ids.indexOf(a.getId())));
        }
        return out;
    }

    /**
     * Every application on one of the agency's own lots as the agency may see them: status, deposit,
     * opinion and reply, never who applied ("意向受让方 A"). Another agency's lot does not exist for the caller.
     */
    public List<ApplicationView> forAgencyLot(long lotId) {
        Caller c = callers.require(Permission.PROJECT_READ_OWN);
        Lot lot = lots.find(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (c.partyId() == null || lot.getProject().getAgencyPartyId() != c.partyId()) {
            throw new NotFoundException("Lot", lotId);
        }
        List<ApplicationView> out = new ArrayList<>();
        int n = 0;
        for (Application a : em.createNamedQuery("Application.ofLot", Application.class)
                .setParameter("l", lotId).setMaxResults(500).getResultList()) {
            out.add(QualificationService.view(rules, a, lot, null, List.of()).masked(n++));
        }
        return out;
    }

    /** The transferor agrees with or objects to the exchange's opinion, on its own lot, within the deadline. */
    public ApplicationView reply(long applicationId, Application.Reply reply, String note) {
        return executor.execute(Permission.QUALIFICATION_CONFIRM, ctx -> {
            Application a = applications.getForUpdate(applicationId);   // absent: NotFoundException("Application", applicationId)
            Lot lot = lots.get(a.getLotId());
            if (ctx.caller().partyId() == null || lot.getProject().getAgencyPartyId() != ctx.caller().partyId()) {
                throw new NotFoundException("Application", applicationId);
            }
            if (reply == null) {
                throw new DomainException("reply", "common.required");
            }
            a.reply(reply, note, ctx.nowAt());
            ctx.record("Application", a.getId(), "application.transferorReplied", reply + (note == null ? "" : ": " + note));
            return QualificationService.view(rules, a, lot, null, List.of()).masked(0);
        });
    }
}
