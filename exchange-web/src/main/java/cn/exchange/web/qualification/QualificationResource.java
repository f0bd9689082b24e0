package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.CreditView;
import cn.exchange.ejb.qualification.DepositService;
import cn.exchange.ejb.qualification.QualificationConclusion;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.ejb.qualification.StatementReport;
import cn.exchange.web.base.Languages;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The qualification desk (rules 13–19, docs/rules.md §1.4): what is due today for staff, the opinions awaiting an
 * agency's reply, and the deposits from the bank (rule 16) — the settlement clerk imports the bank statement, records a
 * credit by hand and reads the credits that matched no deposit. Applications ({@link ApplicationResource}) and a lot's
 * qualification ({@link LotQualificationResource}) have addresses of their own below this one.
 */
@Path("qualification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    public record ManualCredit(String bankTransactionId, OffsetDateTime receivedAt, BigDecimal amount, String payerName,
                               String payerAccount, String reference, String reason) {
    }

    /** A statement import's report with its line problems in the reader's language. */
    public record StatementAnswer(int credits, int recorded, int alreadyImported, int matched, int unmatched, List<Line> problems) {
        public record Line(int line, String field, String code, String message) {
        }
    }

    @EJB
    DepositService deposits;

    @EJB
    QualificationService qualification;

    @EJB
    cn.exchange.ejb.qualification.AgencyReplies replies;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("statements")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.DEPOSIT_BOOK)
    @Operation(summary = "Import a bank statement (CSV, UTF-8: 银行流水号,入账时间,金额,付款人名称,付款人账号,附言); "
            + "importing the same statement twice changes nothing")
    public StatementAnswer importStatement(InputStream body) throws IOException {
        byte[] content = cn.exchange.web.api.Uploads.read(headers, body, 10 * 1024 * 1024, "import.tooLarge");
        StatementReport r = deposits.importStatement(content);
        var locale = Languages.ofApi(request);
        return new StatementAnswer(r.credits(), r.recorded(), r.alreadyImported(), r.matched(), r.unmatched(), r.problems().stream()
                .map(p -> new StatementAnswer.Line(p.line(), p.problem().field(), p.problem().code(), p.problem().message(locale))).toList());
    }

    @POST
    @Path("credits")
    @Allowed(Permission.DEPOSIT_BOOK)
    @Operation(summary = "Record one credit by hand, with the reason")
    public Response credit(ManualCredit c) {
        if (c == null) {
            throw new DomainException("bankTransactionId", "common.required");
        }
        CreditView v = deposits.recordCredit(new BankCredit(c.bankTransactionId(), c.receivedAt(), c.amount(), c.payerName(),
                c.payerAccount(), c.reference()), c.reason());
        return Response.status(201).entity(v).build();
    }

    @GET
    @Path("credits/unmatched")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "Credits that matched no deposit, for the settlement clerk")
    public List<CreditView> unmatched() {
        return deposits.unmatched();
    }

    @GET
    @Path("due-today")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "Applications with a transferor reply or a deposit due today (staff dashboard)")
    public List<ApplicationView> dueToday() {
        return qualification.dueToday();
    }

    @GET
    @Path("agency/applications")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "Opinions on the agency's own lots awaiting its reply (applicants anonymised)")
    public List<ApplicationView> forAgency() {
        return replies.forAgency();
    }
}
