package cn.exchange.ejb.command;

import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.time.Clock;

/**
 * Runs every guarded state change the same way (after Dataverse's command engine), so that none of the three steps
 * can be forgotten:
 * <ol>
 *   <li>the caller's role must hold the command's {@link Permission} (the matrix in
 *       {@link cn.exchange.core.security.RolePermissions});</li>
 *   <li>the command runs in one transaction — on any refusal everything is rolled back, nothing half-saved;</li>
 *   <li>the audit records the command reports are appended to the hash chain in that same transaction: no change
 *       without its record, no record without its change. A command that reports none is a programming error.</li>
 * </ol>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class CommandExecutor {

    @Inject
    CallerResolver callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** Runs a command for the current caller, who must hold {@code permission}. */
    public <R> R execute(Permission permission, Command<R> command) {
        Caller caller = callers.current();
        if (!caller.can(permission)) {
            throw new NotPermittedException(permission.name());
        }
        return run(caller, command);
    }

    /** Runs a command anyone may run, signed in or not (self-registration). */
    public <R> R executePublic(Command<R> command) {
        return run(callers.current(), command);
    }

    /** Runs the exchange's own scheduled work (deadlines, closes): the actor is {@code system}. */
    public <R> R executeAsSystem(Command<R> command) {
        return run(Caller.system(), command);
    }

    private <R> R run(Caller caller, Command<R> command) {
        CommandContext ctx = new CommandContext(caller, clock.instant(), em);
        R result = command.execute(ctx);
        if (ctx.declaredNothing()) {
            return result;
        }
        if (ctx.pending().isEmpty()) {
            throw new IllegalStateException("A command changed state without reporting it to the audit trail");
        }
        try {
            // constraint violations surface here, before the audit head is locked
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("common.conflict");
            }
            throw e;
        }
        audit.append(ctx.pending(), caller, ctx.now());
        return result;
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
