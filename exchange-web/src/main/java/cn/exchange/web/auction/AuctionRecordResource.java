package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.documents.AuctionPdf;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.web.security.Public;
import cn.exchange.web.security.SignedIn;
import cn.exchange.web.shell.ShellBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A session's documents as PDF: the auction record (竞价记录) and the result confirmation (竞价结果确认书). Under
 * {@code /api/auctions} with the bidding API ({@link AuctionResource}).
 */
@Path("auctions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuctionRecordResource {

    @EJB
    AuctionService auctions;

    @EJB
    cn.exchange.ejb.auction.AuctionRecords records;

    @EJB
    BoardService board;

    @Inject
    ShellBean shell;

    @GET
    @Path("{lotId}/record.pdf")
    @Produces("application/pdf")
    @Public
    @Operation(summary = "The auction record (竞价记录): every bid by bidder code and server time, as PDF. Public after the close;"
            + " while the session runs, for staff and supervisors")
    public Response recordPdf(@PathParam("lotId") long lotId) {
        var log = records.record(lotId);
        byte[] pdf = AuctionPdf.record(shell.getNameZh(), board.lot(lotId), auctions.state(lotId), log);
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-record-" + lotId + ".pdf\"").build();
    }

    @GET
    @Path("{lotId}/confirmation.pdf")
    @Produces("application/pdf")
    @SignedIn
    @Operation(summary = "The result confirmation (竞价结果确认书) naming the winner, as PDF: for the winner, the lot's agency,"
            + " and staff or supervisors who may see identities")
    public Response confirmationPdf(@PathParam("lotId") long lotId) {
        byte[] pdf = AuctionPdf.confirmation(shell.getNameZh(), records.confirmation(lotId));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-result-" + lotId + ".pdf\"").build();
    }
}
