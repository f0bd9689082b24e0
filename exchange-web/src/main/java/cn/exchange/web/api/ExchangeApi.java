package cn.exchange.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The exchange's REST API, under {@code /api}. Its OpenAPI document is served by Payara at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Property Rights Exchange API",
        version = "1",
        description = "Public listing board and open data, bidding for programmatic clients, and the exchange's "
                + "operations. Amounts are CNY strings with two decimals; times are ISO-8601 with the +08:00 offset."))
public class ExchangeApi extends Application {
}
