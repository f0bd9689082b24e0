package cn.exchange.web.audit;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.audit.AuditService;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit chain: its verification and its export as JSON Lines (one canonical JSON record per line, in sequence),
 * which anyone can re-verify with the dozen lines of Python in the README.
 */
@Path("audit")
@RequestScoped
@Allowed(Permission.AUDIT_VERIFY)
public class AuditResource {

    /** The verification's result. */
    public record Verification(boolean intact, long checked, Long firstBrokenSeq, String reason) {
    }

    @EJB
    AuditService audit;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the whole hash chain; report the first broken record")
    public Verification verify() {
        AuditChain.Verdict v = audit.verify();
        return new Verification(v.intact(), v.checked(), v.firstBrokenSeq().orElse(null), v.reason());
    }

    @GET
    @Path("export")
    @Produces("application/x-ndjson")
    @Operation(summary = "The whole audit trail as JSON Lines")
    public Response export() {
        StreamingOutput body = audit::export;
        return Response.ok(body, "application/x-ndjson; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.jsonl\"").build();
    }
}
