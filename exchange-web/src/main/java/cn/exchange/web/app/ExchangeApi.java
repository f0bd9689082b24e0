package cn.exchange.web.app;

import cn.exchange.web.base.ErrorMappers;
import cn.exchange.web.base.RequestBodies;
import cn.exchange.web.api.QueryParameters;

import cn.exchange.web.audit.AuditResource;
import cn.exchange.web.party.AdminAccountResource;
import cn.exchange.web.party.AuthResource;
import cn.exchange.web.party.MeResource;
import cn.exchange.web.party.RegistrationResource;
import cn.exchange.web.party.StaffPartyResource;
import cn.exchange.web.security.ApiAccessFilter;
import cn.exchange.web.app.SecurityMatrixResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The exchange's REST API, under {@code /api}. Its OpenAPI document is served by Payara at {@code /openapi}.
 *
 * <p>The resources are listed here explicitly: the list is what the security matrix publishes and what the role-matrix
 * test walks, and a unit test fails if a resource class exists that is not listed.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Property Rights Exchange API",
        version = "1",
        description = "Public listing board and open data, bidding for programmatic clients, and the exchange's "
                + "operations. Authenticate with POST /api/auth/token and send Authorization: Bearer <token>. "
                + "Amounts are CNY decimal strings with two decimals; times are ISO-8601 with the +08:00 offset. "
                + "Errors are application/problem+json with a code, a message (Chinese, or English with "
                + "Accept-Language: en) and the fields concerned."))
public class ExchangeApi extends Application {

    /** Every resource class of the API. */
    public static final List<Class<?>> RESOURCES = List.of(
            SystemResource.class,
            SecurityMatrixResource.class,
            AuthResource.class,
            RegistrationResource.class,
            MeResource.class,
            StaffPartyResource.class,
            AdminAccountResource.class,
            AuditResource.class,
            cn.exchange.web.listing.ProjectResource.class, cn.exchange.web.listing.ProjectLotResource.class,
            cn.exchange.web.listing.LotResource.class,
            cn.exchange.web.listing.LotPriceApprovalResource.class,
            cn.exchange.web.listing.BoardResource.class, cn.exchange.web.listing.BoardDocumentResource.class,
            cn.exchange.web.listing.WatchlistResource.class,
            cn.exchange.web.qualification.QualificationResource.class, cn.exchange.web.qualification.ApplicationResource.class,
            cn.exchange.web.qualification.ApplicationDocumentResource.class,
            cn.exchange.web.qualification.LotQualificationResource.class,
            cn.exchange.web.auction.ScheduleResource.class, cn.exchange.web.auction.BatchSessionResource.class,
            cn.exchange.web.settlement.NegotiatedDealResource.class,
            cn.exchange.web.auction.AuctionResource.class, cn.exchange.web.auction.AuctionSessionResource.class,
            cn.exchange.web.auction.PracticeResource.class,
            cn.exchange.web.settlement.DealResource.class, cn.exchange.web.settlement.DealFeeResource.class,
            cn.exchange.web.settlement.DealCertificateResource.class,
            cn.exchange.web.settlement.SettlementResource.class, cn.exchange.web.settlement.DepositForfeitureResource.class,
            cn.exchange.web.settlement.ApplicationDepositResource.class,
            cn.exchange.web.settlement.CertificateResource.class,
            cn.exchange.web.supervision.SupervisionResource.class, cn.exchange.web.supervision.LotTrailResource.class,
            cn.exchange.web.supervision.OpenDataResource.class,
            cn.exchange.web.calendar.CalendarResource.class, cn.exchange.web.calendar.CalendarDeadlineResource.class,
            cn.exchange.web.notification.InboxResource.class, cn.exchange.web.notification.PasswordResetResource.class,
            cn.exchange.web.notification.MailFailuresResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.add(ApiAccessFilter.class);
        classes.add(ErrorMappers.AnyFailure.class);
        classes.add(ErrorMappers.Refused.class);
        classes.add(ErrorMappers.Protocol.class);
        classes.add(RequestBodies.class);
        classes.add(QueryParameters.class);
        return classes;
    }
}
