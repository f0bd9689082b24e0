package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DefaultRelistings;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The relisting form of a deal's page ({@link DealBacking}, docs/rules.md §1.4): staff who may change listings relist
 * the lot of a forfeited deal, not yet relisted, as the project's next lot at the price they set.
 */
@Named
@ViewScoped
public class DealRelistingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DefaultRelistings relistings;
    @Inject
    AccessBean access;
    @Inject
    DealBacking page;

    private BigDecimal relistPrice;
    private boolean relistOnlyPrice = true;

    /** Docs/rules.md §1.4: staff relist the lot of a forfeited deal (the project's next lot). */
    public void relist() {
        Long id = page.getId();
        if (Pages.attempt("relisting", () -> relistings.relist(id, relistPrice, relistOnlyPrice, null)) != null) {
            page.reload("deal.relisted");
        }
    }

    public boolean isMayRelist() {
        DealView deal = page.getDeal();
        return deal != null && "FORFEITED".equals(deal.status()) && deal.relisting() == null
                && access.can(Permission.LISTING_CHANGE.name());
    }

    public BigDecimal getRelistPrice() { return relistPrice; }
    public void setRelistPrice(BigDecimal v) { relistPrice = v; }
    public boolean isRelistOnlyPrice() { return relistOnlyPrice; }
    public void setRelistOnlyPrice(boolean v) { relistOnlyPrice = v; }
}
