package cn.exchange.ejb.command;

import cn.exchange.ejb.identity.Caller;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.ejb.audit.PendingAudit;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What a running {@link Command} may use: the caller, the one "now" of the command, the entity manager, the audit. */
public final class CommandContext {

    private final Caller caller;
    private final Instant now;
    private final EntityManager em;
    private final List<PendingAudit> pending = new ArrayList<>();

    CommandContext(Caller caller, Instant now, EntityManager em) {
        this.caller = caller;
        // milliseconds are the exchange's resolution for every recorded time
        this.now = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.em = em;
    }

    public Caller caller() {
        return caller;
    }

    public Instant now() {
        return now;
    }

    public OffsetDateTime nowAt() {
        return ExchangeTime.toOffset(now);
    }

    public LocalDate today() {
        return now.atZone(ExchangeTime.ZONE).toLocalDate();
    }

    public EntityManager em() {
        return em;
    }

    /** Reports a state change; the executor writes it to the audit trail in this transaction. */
    public void record(String objectType, Object objectId, String action, String summary) {
        pending.add(new PendingAudit(objectType, String.valueOf(objectId), action, summary));
    }

    private boolean nothingToRecord;

    /** Declares that this run changed nothing (a scheduled job that found no work), so there is nothing to audit. */
    public void nothingToRecord() {
        nothingToRecord = true;
    }

    boolean declaredNothing() {
        return nothingToRecord && pending.isEmpty();
    }

    List<PendingAudit> pending() {
        return pending;
    }
}
