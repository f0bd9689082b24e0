package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.CreditView;
import cn.exchange.ejb.qualification.DepositService;
import cn.exchange.ejb.qualification.QualificationService;
import cn.exchange.ejb.qualification.StatementReport;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.base.Languages;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Bidder qualification: applications, deposits, review, the transferor's reply, conclusion and the lot's path. */
@Path("qualification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    /**
     * The exchange's opinion. Rule 13: a rejection names in {@code grounds} one or more codes from
     * {@code GET /api/qualification/lots/{lotId}/rejection-grounds} — the lot's published buyer conditions {@code C1},
     * {@code C2}, … or rule 16's deposit {@code R16} — and in {@code reason} the staff's words beside them.
     */
    public record Review(Application.Opinion opinion, List<String> grounds, String reason) {
    }

    public record Reply(Application.Reply reply, String note) {
    }

    public record Ruling(Boolean qualified, String text) {
    }

    /** The session's start; its free and limited periods in seconds where the lot differs from rule 22's defaults. */
    public record Schedule(OffsetDateTime startsAt, Integer freeSeconds, Integer limitedSeconds) {
    }

    /** A batch session: the first lot's start, the gap between lots' starts, the periods (rule 22's defaults when absent). */
    public record Session(OffsetDateTime startsAt, Integer staggerSeconds, Integer freeSeconds, Integer limitedSeconds) {
    }

    public record Deal(BigDecimal price) {
    }

    public record ManualCredit(String bankTransactionId, OffsetDateTime receivedAt, BigDecimal amount, String payerName,
                               String payerAccount, String reference, String reason) {
    }

    /** A statement import's report with its line problems in the reader's language. */
    public record StatementAnswer(int credits, int recorded, int alreadyImported, int matched, int unmatched, List<Line> problems) {
        public record Line(int line, String field, String code, String message) {
        }
    }

    @EJB
    QualificationService qualification;

    @EJB
    cn.exchange.ejb.auction.SessionScheduler sessions;

    @EJB
    DepositService deposits;

    @EJB
    cn.exchange.ejb.settlement.DealService deals;

    @Context
    HttpServletRequest request;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @POST
    @Path("lots/{lotId}/applications")
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for a lot during its announcement (bidder); the answer carries the deposit's payment reference")
    public Response apply(@PathParam("lotId") long lotId, QualificationService.ApplyForm form) {
        return Response.status(201).entity(qualification.apply(lotId, form)).build();
    }

    /** Many lots at once, with one declaration. */
    public record BatchApplication(List<Long> lotIds, boolean commitmentAccepted, String relatedParties, boolean priorityRight) {
    }

    @POST
    @Path("applications")
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Apply for many lots in one go (e.g. a session of 600 vehicles); all or nothing")
    public Response applyMany(BatchApplication b) {
        if (b == null) {
            throw new DomainException("lotIds", "common.required");
        }
        return Response.status(201).entity(qualification.applyMany(b.lotIds(),
                new QualificationService.ApplyForm(b.commitmentAccepted(), b.relatedParties(), b.priorityRight()))).build();
    }

    @GET
    @Path("due-today")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "Applications with a transferor reply or a deposit due today (staff dashboard)")
    public List<ApplicationView> dueToday() {
        return qualification.dueToday();
    }

    @GET
    @Path("applications/mine")
    @Allowed(Permission.APPLICATION_READ_OWN)
    @Operation(summary = "The bidder's own applications, with payment instructions and bidder codes")
    public List<ApplicationView> mine() {
        return qualification.mine();
    }

    @GET
    @Path("lots/{lotId}/applications")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "A lot's applications with identities and anti-collusion flags (staff, supervisors)")
    public List<ApplicationView> forLot(@PathParam("lotId") long lotId) {
        return qualification.forLot(lotId);
    }

    @GET
    @Path("lots/{lotId}/rejection-grounds")
    @Allowed(Permission.APPLICATION_READ_ALL)
    @Operation(summary = "What a rejection may cite (rule 13): the lot's published buyer conditions, one per line of its "
            + "conditions text, numbered C1, C2, …, and R16 — rule 16's deposit not received by the deadline")
    public List<cn.exchange.core.qualification.RejectionGrounds.Ground> rejectionGrounds(@PathParam("lotId") long lotId) {
        return qualification.rejectionGrounds(lotId, Languages.ofApi(request));
    }

    @POST
    @Path("applications/{id}/review")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "The exchange's opinion; a rejection cites one or more of the lot's published conditions (or rule "
            + "16's deposit) by code from rejection-grounds, with the staff's words in reason (rule 13)")
    public ApplicationView review(@PathParam("id") long id, Review r) {
        return qualification.review(id, r == null ? null : r.opinion(), r == null ? null : r.grounds(), r == null ? null : r.reason());
    }

    @POST
    @Path("applications/{id}/ruling")
    @Allowed(Permission.APPLICATION_REVIEW)
    @Operation(summary = "Record the approving body's ruling on the transferor's objection")
    public ApplicationView ruling(@PathParam("id") long id, Ruling r) {
        if (r == null || r.qualified() == null) {
            throw new DomainException("qualified", "common.required");
        }
        return qualification.ruling(id, r.qualified(), r.text());
    }

    @GET
    @Path("agency/applications")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "Opinions on the agency's own lots awaiting its reply (applicants anonymised)")
    public List<ApplicationView> forAgency() {
        return qualification.forAgency();
    }

    @POST
    @Path("applications/{id}/reply")
    @Allowed(Permission.QUALIFICATION_CONFIRM)
    @Operation(summary = "The transferor agrees with or objects to the exchange's opinion, within 5 working days")
    public ApplicationView reply(@PathParam("id") long id, Reply r) {
        return qualification.reply(id, r == null ? null : r.reply(), r == null ? null : r.note());
    }

    @POST
    @Path("lots/{lotId}/conclude")
    @Allowed(Permission.QUALIFICATION_CONCLUDE)
    @Operation(summary = "Conclude qualification: bidder codes, and the lot's path by the number of qualified bidders")
    public Map<String, Object> conclude(@PathParam("lotId") long lotId) {
        return qualification.conclude(lotId);
    }

    @POST
    @Path("projects/{projectId}/schedule")
    @Allowed(Permission.AUCTION_SCHEDULE)
    @Operation(summary = "Schedule a batch session (专场): every lot of the project awaiting its auction, starts staggered in lot order")
    public Map<String, Object> scheduleSession(@PathParam("projectId") long projectId, Session s) {
        Session in = s == null ? new Session(null, null, null, null) : s;
        return sessions.scheduleSession(projectId, in.startsAt(), seconds(in.staggerSeconds()), seconds(in.freeSeconds()),
                seconds(in.limitedSeconds()));
    }

    @POST
    @Path("lots/{lotId}/schedule")
    @Allowed(Permission.AUCTION_SCHEDULE)
    @Operation(summary = "Set the competitive session's start (two or more qualified bidders; one for a court-entrusted lot, rule 34)")
    public Map<String, Object> schedule(@PathParam("lotId") long lotId, Schedule s) {
        Schedule in = s == null ? new Schedule(null, null, null) : s;
        return sessions.scheduleAuction(lotId, in.startsAt(), seconds(in.freeSeconds()), seconds(in.limitedSeconds()));
    }

    @POST
    @Path("lots/{lotId}/negotiated-deal")
    @Allowed(Permission.NEGOTIATED_DEAL_RECORD)
    @Operation(summary = "Record the negotiated transfer with the one qualified bidder, at no less than the listing price")
    public Map<String, Object> deal(@PathParam("lotId") long lotId, Deal d) {
        Map<String, Object> recorded = new java.util.LinkedHashMap<>(qualification.recordNegotiatedDeal(lotId, d == null ? null : d.price()));
        // the contract, settlement and certificate path starts at once (the settlement scheduler catches up if not)
        recorded.put("dealId", deals.openDeal(lotId));
        return recorded;
    }

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

    /** A period given in seconds; absent means the rule's default. */
    private static java.time.Duration seconds(Integer value) {
        return value == null ? null : java.time.Duration.ofSeconds(value);
    }
}
