package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.LedgerReader;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.ejb.settlement.SettlementDesk;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import cn.exchange.web.security.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The settlement clerk's API (docs/rules.md §1.4, §1.6): refunds and payouts, the bank batch file, the ledger; and the
 * certificates — their PDFs for those who may read the deal, and the public verification by code.
 */
@Path("settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementResource {

    public record Reason(String reason) {
    }

    @EJB
    SettlementDesk desk;
    @EJB
    MoneyService money;
    @EJB
    CertificateService certificates;
    @EJB
    cn.exchange.ejb.settlement.DepositForfeitures forfeitures;

    /** A forfeiture decision: the ground the announcement states and the staff's reason. */
    public record Forfeiture(cn.exchange.core.settlement.DepositForfeiture.Ground ground, String reason) {
    }

    public record Payee(String payeeAccount) {
    }

    @POST
    @Path("applications/{applicationId}/forfeiture")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Forfeit a bidder's deposit outside a contract default (docs/rules.md §1.4): ground NO_VALID_BID (only where"
            + " the announcement says so, after the session, for a qualified bidder with no accepted bid), FALSE_DOCUMENTS or"
            + " COLLUSION, with the reason; the buyer's deposit is its deal's case")
    public Response forfeit(@PathParam("applicationId") long applicationId, Forfeiture f) {
        if (f == null) {
            throw new cn.exchange.core.shared.DomainException("ground", "common.required");
        }
        return Response.status(201).entity(forfeitures.forfeit(applicationId, f.ground(), f.reason())).build();
    }

    @POST
    @Path("applications/{applicationId}/release")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Release a deposit held for a no-bid decision: it is refunded like any other (reason required)")
    public Map<String, Object> release(@PathParam("applicationId") long applicationId, Reason r) {
        return Map.of("refunds", forfeitures.release(applicationId, r == null ? null : r.reason()));
    }

    @GET
    @Path("lots/{lotId}/forfeitures")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "The forfeiture decisions on a lot's deposits (staff, supervisors)")
    public List<cn.exchange.ejb.settlement.DepositForfeitures.DecisionView> forfeitures(@PathParam("lotId") long lotId) {
        return forfeitures.decisions(lotId);
    }

    @POST
    @Path("lots/{lotId}/forfeitures/payout")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Pay the lot's forfeited deposits to its transferor, to the account it named in writing")
    public Response payForfeited(@PathParam("lotId") long lotId, Payee p) {
        return Response.status(201).entity(forfeitures.payToTransferor(lotId, p == null ? null : p.payeeAccount())).build();
    }

    @GET
    @Path("disbursements")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "Refunds and payouts: those not yet paid first (by due date), then the paid ones")
    public List<DisbursementView> disbursements() {
        return desk.disbursements();
    }

    @POST
    @Path("batches")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Produces("text/csv")
    @Operation(summary = "Put every instructed refund and payout into a new bank batch file (CSV, UTF-8 with BOM); each line quotes"
            + " the instruction's reference, which the statement's debit returns")
    public Response newBatch() {
        SettlementDesk.Batch b = desk.newBatch();
        return csv(b);
    }

    @GET
    @Path("batches/{batchNo}")
    @Allowed(Permission.LEDGER_READ)
    @Produces("text/csv")
    @Operation(summary = "An earlier batch file again")
    public Response batch(@PathParam("batchNo") String batchNo) {
        return csv(desk.batch(batchNo));
    }

    @POST
    @Path("lots/{lotId}/refunds")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Refund the paid deposits of a lot that sold to nobody (failed, terminated, locked), with the reason")
    public Map<String, Object> refundLot(@PathParam("lotId") long lotId, Reason r) {
        return Map.of("lotId", lotId, "instructed", money.refundLot(lotId, r == null ? null : r.reason()));
    }

    @GET
    @Path("ledger")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "The trial balance: every account's balance (debits positive) and the total, which is zero")
    public List<LedgerReader.AccountBalance> trialBalance() {
        return desk.trialBalance();
    }

    @GET
    @Path("postings")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "Ledger postings with their lines, newest first; ?lot= or ?deal= narrows them")
    public List<LedgerReader.PostingView> postings(@QueryParam("lot") Long lotId, @QueryParam("deal") Long dealId) {
        return desk.postings(lotId, dealId);
    }

    @GET
    @Path("debits/unmatched")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "Debits on the statement that paid no known instruction, for the clerk to investigate")
    public List<SettlementDesk.DebitView> unmatchedDebits() {
        return desk.unmatchedDebits();
    }

    @GET
    @Path("certificates/{id}.pdf")
    @SignedIn
    @Produces("application/pdf")
    @Operation(summary = "A certificate's PDF (the deal's parties, staff, supervisors)")
    public Response certificatePdf(@PathParam("id") long id) {
        return DealResource.pdf(certificates.pdf(id), "certificate-" + id + ".pdf");
    }

    @GET
    @Path("certificates/verify/{code}")
    @Public
    @Operation(summary = "Anyone: check a certificate by its verification code — its key fields and whether it is the version in"
            + " force or superseded (a natural person's name masked)")
    public CertificateService.Check verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }

    private static Response csv(SettlementDesk.Batch b) {
        return Response.ok(b.csv(), "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + b.batchNo()
                + ".csv\"").header("X-Batch-No", b.batchNo()).header("X-Batch-Count", b.count())
                .header("X-Batch-Total", b.total().toPlainString()).build();
    }
}
