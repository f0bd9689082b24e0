package cn.exchange.ejb.audit;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.audit.AuditEntry;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.util.List;

/** Reading the audit trail: verification, export, and the records about an object. Read-only for everyone. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditService {

    @Inject
    AuditTrail trail;

    @Inject
    CallerResolver callers;

    public AuditChain.Verdict verify() {
        callers.require(Permission.AUDIT_VERIFY);
        return trail.verify();
    }

    public void export(OutputStream out) {
        callers.require(Permission.AUDIT_VERIFY);
        trail.exportJsonLines(out);
    }

    public List<AuditEntry> latest(int limit) {
        callers.require(Permission.AUDIT_VERIFY);
        return trail.latest(limit);
    }

    public List<AuditEntry> forObject(String type, String id) {
        callers.require(Permission.TRAIL_READ);
        return trail.forObject(type, id);
    }
}
