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

    @Inject
    AccessBean access;

    private List<AuctionState> sessions;
    private String reason;

    @PostConstruct
    public void reload() {
        sessions = Pages.attempt("console", () -> auctions.console());
    }

    public void pause(long lotId) {
        act(() -> auctions.pause(lotId, reason));
    }

    public void resume(long lotId) {
        act(() -> auctions.resume(lotId, reason));
    }

    /** Rule 25: the session is annulled for the fault the reason records; the re-run is scheduled on the qualification page. */
    public void annul(long lotId) {
        act(() -> auctions.annul(lotId, reason));
    }

    private void act(java.util.function.Supplier<?> action) {
        if (Pages.attempt("console", action) != null) {
            Pages.info(Pages.text("console.done"));
            reason = null;
        }
        reload();
    }

    public String time(Instant i) {
        return i == null ? "—" : ExchangeTime.display(i);
    }

    public boolean isMayControl() { return access.can(Permission.AUCTION_CONTROL.name()); }
    public List<AuctionState> getSessions() { return sessions; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
