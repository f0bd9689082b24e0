package cn.exchange.web.auction;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Staff's operator console: every session, its phase and price, and pause, resume or annul with a reason (rule 25). */
@Named
@ViewScoped
public class AuctionConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuctionService auctions;

    @jakarta.ejb.EJB
    cn.exchange.ejb.auction.AuctionRecords records;

    @Inject
    AccessBean access;

    @EJB
    cn.exchange.ejb.listing.BoardService board;

    @Inject
    java.time.Clock clock;

    private List<AuctionState> sessions;
    /** Each row's own reason (a pause, resume or annulment names its own fault). */
    private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();
    /** "DH2026CQ000001-1 东湖商贸大厦" per lot, as staff name lots. */
    private final java.util.Map<Long, String> labels = new java.util.HashMap<>();

    @PostConstruct
    public void reload() {
        sessions = Pages.attempt("console", () -> records.console());
        if (sessions != null) {
            for (AuctionState a : sessions) {
                labels.computeIfAbsent(a.lotId(), id -> {
                    var l = board.lot(id);
                    return l.projectNumber() + "-" + l.lotNo() + " " + l.title();
                });
            }
        }
    }

    public void pause(long lotId) {
        act(lotId, why -> auctions.pause(lotId, why));
    }

    public void resume(long lotId) {
        act(lotId, why -> auctions.resume(lotId, why));
    }

    /** Rule 25: the session is annulled for the fault the reason records; the re-run is scheduled on the qualification page. */
    public void annul(long lotId) {
        act(lotId, why -> auctions.annul(lotId, why));
    }

    private void act(long lotId, java.util.function.Function<String, ?> action) {
        String why = reasons.get(lotId);
        if (Pages.attempt("console", () -> action.apply(why)) != null) {
            Pages.info(Pages.text("console.done"));
            reasons.remove(lotId);
        }
        reload();
    }

    public String time(Instant i) {
        return i == null ? "—" : ExchangeTime.display(i);
    }

    /** When the session ends if nothing happens: the close, or the end of the free period before the countdown. */
    public Instant ends(AuctionState a) {
        return "CLOSED".equals(a.phase()) ? a.closedAt() : a.closesAt() != null ? a.closesAt()
                : "FREE".equals(a.phase()) || "NOT_STARTED".equals(a.phase()) ? a.freeEndsAt() : null;
    }

    /** Time left until {@link #ends} (or until the start), "mm:ss" or "h:mm:ss"; "—" when nothing runs. */
    public String left(AuctionState a) {
        Instant target = "NOT_STARTED".equals(a.phase()) && !a.awaitingRerun() ? a.startsAt()
                : "PAUSED".equals(a.phase()) || "CLOSED".equals(a.phase()) ? null : ends(a);
        if (target == null || a.awaitingRerun()) {
            return "—";
        }
        long s = Math.max(0, java.time.Duration.between(clock.instant(), target).getSeconds());
        return (s >= 3600 ? s / 3600 + ":" : "") + String.format("%02d:%02d", s % 3600 / 60, s % 60);
    }

    public String label(long lotId) {
        return labels.getOrDefault(lotId, String.valueOf(lotId));
    }

    public boolean isMayControl() { return access.can(Permission.AUCTION_CONTROL.name()); }
    public List<AuctionState> getSessions() { return sessions; }
    public java.util.Map<Long, String> getReasons() { return reasons; }
}
