package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.Replay;

import java.time.Instant;
import java.util.List;

/**
 * What the lot's writer ({@link LotWriter}) records and answers for one command: the command stamped with its receipt
 * time, its bid-log entry (rule 21), and the caller's answer read from that entry — the same answer again, marked
 * repeated, for a retried request id.
 */
final class BidRecords {

    private BidRecords() {
    }

    /** The command as received at {@code at} (the server's stamp, never the client's). */
    static AuctionCommand stamped(AuctionCommand c, Instant at) {
        if (c instanceof AuctionCommand.PlaceBid b) {
            return new AuctionCommand.PlaceBid(b.bidderCode(), b.amount(), at);
        }
        if (c instanceof AuctionCommand.Pause p) {
            return new AuctionCommand.Pause(p.reason(), at);
        }
        return c instanceof AuctionCommand.Resume ? new AuctionCommand.Resume(at) : new AuctionCommand.Tick(at);
    }

    /** A log entry for {@code cmd}; {@code p} null for a tick the writer added itself (the close before a late command). */
    static BidLog.Entry entry(long seq, AuctionCommand cmd, List<AuctionEvent> events, LotWriter.Pending p) {
        Integer acceptedNo = null;
        Long closesAtMs = null;
        for (AuctionEvent ev : events) {
            if (ev instanceof AuctionEvent.BidAccepted a) {
                acceptedNo = (int) a.sequence();
                closesAtMs = a.closesAt() == null ? null : a.closesAt().toEpochMilli();
            }
        }
        return p == null ? new BidLog.Entry(seq, cmd, Replay.resultOf(events), acceptedNo, closesAtMs, null, null, null)
                : new BidLog.Entry(seq, cmd, Replay.resultOf(events), acceptedNo, closesAtMs, p.requestId(), p.accountId(), p.ip());
    }

    /** The caller's answer as the entry records it. */
    static BidOutcome outcome(long lotId, BidLog.Entry e, boolean repeated) {
        if (!(e.command() instanceof AuctionCommand.PlaceBid b)) {
            return new BidOutcome(lotId, e.seq(), null, null, true, e.result(), e.command().at(), null, null, repeated);
        }
        boolean accepted = Replay.ACCEPTED.equals(e.result());
        return new BidOutcome(lotId, e.seq(), b.bidderCode(), b.amount(), accepted, accepted ? null : e.result(), b.at(), e.acceptedNo(),
                e.closesAtMs() == null ? null : Instant.ofEpochMilli(e.closesAtMs()), repeated);
    }

    /** The first answer to a request id, given again to its retry in the same batch. */
    static BidOutcome repeated(BidOutcome first) {
        return new BidOutcome(first.lotId(), first.seq(), first.bidderCode(), first.amount(), first.accepted(), first.reason(),
                first.at(), first.acceptedNo(), first.closesAt(), true);
    }

    /** The answer to a command while the lot awaits its re-run (rule 25): refused as not started, not recorded. */
    static BidOutcome awaitingRerun(long lotId, AuctionCommand c, Instant at) {
        return c instanceof AuctionCommand.PlaceBid b
                ? new BidOutcome(lotId, 0, b.bidderCode(), b.amount(), false, "NOT_STARTED", at, null, null, false)
                : new BidOutcome(lotId, 0, null, null, false, "NOT_STARTED", at, null, null, false);
    }
}
