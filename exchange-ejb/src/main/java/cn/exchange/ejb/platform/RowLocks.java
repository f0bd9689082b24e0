package cn.exchange.ejb.platform;

import jakarta.persistence.EntityManager;

/**
 * Row locks for the work every server of a cluster does on its own schedule (recording a session's result, opening a
 * deal): a lot another server is already working on is skipped, not waited for — that server does it, and the next
 * sweep finds it done. Waiting instead piles the servers' sweeps up behind each other (and behind the audit chain's
 * head) under load: the soak test saw deals opened minutes late.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the lot's row for this transaction if no other transaction holds it; false if one does. */
    public static boolean tryLockLot(EntityManager em, long lotId) {
        return !em.createNativeQuery("select id from lot where id = ?1 for update skip locked").setParameter(1, lotId)
                .getResultList().isEmpty();
    }
}
