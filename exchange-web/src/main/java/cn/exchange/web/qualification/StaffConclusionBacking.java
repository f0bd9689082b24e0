package cn.exchange.web.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.SessionScheduler;
import cn.exchange.ejb.qualification.QualificationConclusion;
import cn.exchange.web.shell.AccessBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Staff: what follows the qualification of the lot chosen on the qualification page ({@link StaffQualificationBacking}):
 * its conclusion, the auction's schedule (starting when written, in the exchange's time) or the negotiated deal at the
 * price written. The page offers them to those who may conclude.
 */
@Named
@ViewScoped
public class StaffConclusionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualificationConclusion conclusion;

    @EJB
    SessionScheduler sessions;

    @Inject
    AccessBean access;

    @Inject
    StaffQualificationBacking page;

    private LocalDateTime startsAt;
    private BigDecimal price;

    public void conclude() { page.onLot(() -> conclusion.conclude(page.getLotId())); }
    public void schedule() {
        page.onLot(() -> sessions.scheduleAuction(page.getLotId(), startsAt == null ? null
                : startsAt.atZone(ExchangeTime.ZONE).toOffsetDateTime()));
    }
    public void deal() { page.onLot(() -> conclusion.recordNegotiatedDeal(page.getLotId(), price)); }

    public boolean isMayConclude() { return access.can(Permission.QUALIFICATION_CONCLUDE.name()); }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime v) { startsAt = v; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal v) { price = v; }
}
