package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.LedgerReader;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.ejb.settlement.SettlementDesk;
import cn.exchange.web.security.Allowed;
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
 * The settlement clerk's API (docs/rules.md §1.4, §1.6): refunds and payouts, the bank batch file, the ledger. Deposit
 * forfeitures ({@link DepositForfeitureResource}) and the certificates ({@link CertificateResource}) share this address.
 */
@Path("settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementResource {

    @EJB
    SettlementDesk desk;
    @EJB
    MoneyService money;

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

    private static Response csv(SettlementDesk.Batch b) {
        return Response.ok(b.csv(), "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + b.batchNo()
                + ".csv\"").header("X-Batch-No", b.batchNo()).header("X-Batch-Count", b.count())
                .header("X-Batch-Total", b.total().toPlainString()).build();
    }
}
