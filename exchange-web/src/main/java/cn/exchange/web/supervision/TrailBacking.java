package cn.exchange.web.supervision;

import cn.exchange.ejb.auction.ReplayService;
import cn.exchange.ejb.supervision.TrailService;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** A lot's transaction trail and the replay of its auction, for supervisors (read-only). */
@Named
@ViewScoped
public class TrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TrailService trails;
    @EJB
    ReplayService replays;

    private Long lot;
    private TrailService.Trail trail;
    private ReplayService.Report replay;

    public void load() {
        if (trail != null || lot == null) {
            return;
        }
        try {
            trail = trails.trail(lot);
        } catch (cn.exchange.core.shared.DomainException | EJBException e) {
            trail = null;
        }
    }

    public void runReplay() {
        replay = Pages.attempt("replay", () -> replays.replay(lot));
    }

    public Long getLot() { return lot; }
    public void setLot(Long v) { lot = v; }
    public TrailService.Trail getTrail() { return trail; }
    public ReplayService.Report getReplay() { return replay; }
}
