package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.qualification.Application;
import cn.exchange.ejb.command.CommandContext;
import jakarta.persistence.EntityManager;

/**
 * What every transition of a lot does after the aggregate decided it: the public notice stored, unpaid deposits moved
 * to the lot's new end (rule 16), the audit record — for the agency's publication, staff's changes and the sweeps alike.
 */
final class LotNotices {

    private LotNotices() {
    }

    /** Stores the transition's notice, keeps the unpaid deposits' deadline with the lot's end, and audits it. */
    static void store(EntityManager em, CommandContext ctx, Lot lot, Notice notice) {
        em.persist(notice);
        // rule 16: unpaid deposits are due by the lot's end, wherever this change moved it
        for (Application a : em.createNamedQuery("Application.unpaidSubmittedOfLot", Application.class)
                .setParameter("l", lot.getId()).getResultList()) {
            a.followLot(lot);
        }
        ctx.record("Lot", lot.getId(), "listing." + notice.getKind().name().toLowerCase(), lot.getProject().getNumber() + "-"
                + lot.getLotNo() + ": " + notice.getBody() + "; status " + lot.getStatus());
    }
}
