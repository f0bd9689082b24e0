package cn.exchange.web.app;

import cn.exchange.ejb.platform.SystemInfo;
import cn.exchange.ejb.platform.SystemService;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Facts about the running exchange: its server time (the only clock that counts), version and schema. */
@Path("system")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @EJB
    SystemService system;

    @GET
    @Path("info")
    @Operation(summary = "Server time (Beijing), application version and database schema version")
    public SystemInfo info() {
        return system.info();
    }
}
