package cn.exchange.web.settlement;

import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The staff's money decisions on a deal's page ({@link DealBacking}): paying out to the transferor or refunding the
 * buyer (the form {@code payout}), and deciding a default case — forfeit or dismiss, for the reason written (the form
 * {@code default}). Who may decide is the service's check; the page shows the forms to those who may.
 */
@Named
@ViewScoped
public class DealMoneyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MoneyService money;
    @Inject
    DealBacking page;

    private String payeeAccount;
    private String reason;

    public void payout() {
        Long id = page.getId();
        if (Pages.attempt("payout", () -> money.payout(id, payeeAccount)) != null) {
            page.reload("deal.payoutInstructed");
        }
    }

    public void refundBuyer() {
        Long id = page.getId();
        if (Pages.attempt("payout", () -> money.refundBuyer(id)) != null) {
            page.reload("deal.refundInstructed");
        }
    }

    public void forfeit() {
        decide(true);
    }

    public void dismiss() {
        decide(false);
    }

    private void decide(boolean forfeit) {
        Long id = page.getId();
        DealView v = Pages.attempt("default", () -> money.decideDefault(id, forfeit, reason, null));
        if (v != null) {
            page.show(v, forfeit ? "deal.forfeited" : "deal.dismissed");
        }
    }

    public String getPayeeAccount() { return payeeAccount; }
    public void setPayeeAccount(String v) { payeeAccount = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
