package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DefaultRelistings;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One deal's page (rules 26–33): the buyer and the transferor review and sign the contract and see what is owed and
 * paid; the buyer gets the payment instructions; staff prepare the contract, issue the certificate, pay out and
 * decide forfeiture cases; supervisors read it all. Who may open which deal is the service's check.
 */
@Named
@ViewScoped
public class DealBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DealService deals;
    @EJB
    MoneyService money;
    @EJB
    CertificateService certificates;
    @EJB
    DefaultRelistings relistings;
    @Inject
    AccessBean access;

    private Long id;
    private DealView deal;
    private boolean agreed;
    private String kind;
    private int instalments;
    private BigDecimal downPayment;
    private LocalDate lastDueOn;
    private String guarantee;
    private String payeeAccount;
    private String reason;
    private BigDecimal relistPrice;
    private boolean relistOnlyPrice = true;

    /**
     * Loads the deal. An unknown id and a deal the caller may not read get the same page ("not found or not yours"),
     * so that the page does not tell which deals exist; the REST API answers 404 and 403.
     */
    public void load() {
        if (deal != null || id == null) {
            return;
        }
        try {
            deal = deals.view(id);
            kind = deal.contractKind();
        } catch (DomainException | EJBException e) {
            deal = null;
        }
    }

    public void sign() {
        if (!agreed) {
            Pages.error(Pages.text("deal.mustAgree"));
            return;
        }
        DealView v = Pages.attempt("contract", () -> deals.sign(id, deal.contractSha256()));
        if (v != null) {
            deal = v;
            Pages.info(Pages.text(v.signedByBuyer() && v.signedBySeller() ? "deal.effective" : "deal.signed"));
        }
    }

    public void prepare() {
        PaymentPlan plan = instalments == 0 ? PaymentPlan.lumpSum(BigDecimal.ONE)
                : new PaymentPlan(instalments, downPayment, lastDueOn, null, guarantee);
        DealView v = Pages.attempt("prepare", () -> deals.prepareContract(id, ContractTemplate.Kind.valueOf(kind), plan));
        if (v != null) {
            deal = v;
            Pages.info(Pages.text("deal.prepared"));
        }
    }

    public void issue() {
        if (Pages.attempt("certificate", () -> certificates.issue(id)) != null) {
            reload("deal.issued");
        }
    }

    public void payout() {
        if (Pages.attempt("payout", () -> money.payout(id, payeeAccount)) != null) {
            reload("deal.payoutInstructed");
        }
    }

    public void refundBuyer() {
        if (Pages.attempt("payout", () -> money.refundBuyer(id)) != null) {
            reload("deal.refundInstructed");
        }
    }

    public void forfeit() {
        decide(true);
    }

    public void dismiss() {
        decide(false);
    }

    private void decide(boolean forfeit) {
        DealView v = Pages.attempt("default", () -> money.decideDefault(id, forfeit, reason, null));
        if (v != null) {
            deal = v;
            Pages.info(Pages.text(forfeit ? "deal.forfeited" : "deal.dismissed"));
        }
    }

    /** Docs/rules.md §1.4: staff relist the lot of a forfeited deal (the project's next lot). */
    public void relist() {
        if (Pages.attempt("relisting", () -> relistings.relist(id, relistPrice, relistOnlyPrice, null)) != null) {
            reload("deal.relisted");
        }
    }

    public boolean isMayRelist() {
        return deal != null && "FORFEITED".equals(deal.status()) && deal.relisting() == null
                && access.can(Permission.LISTING_CHANGE.name());
    }

    private void reload(String message) {
        deal = deals.view(id);
        Pages.info(Pages.text(message));
    }

    /** Whether the caller signs this deal now (rule 26, {@code Deal#maySign}). */
    public boolean isMaySign() {
        return deal != null && deal.maySign();
    }

    /** Whether the caller prepares the contract now (rule 26, {@code Deal#mayPrepare}). */
    public boolean isMayPrepare() {
        return deal != null && deal.mayPrepare();
    }

    public boolean isSeesPayment() {
        return deal != null && (access.can(Permission.BID.name()) || access.can(Permission.PROJECT_READ_ALL.name()));
    }

    public ContractTemplate.Kind[] getKinds() { return ContractTemplate.Kind.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public DealView getDeal() { return deal; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean v) { agreed = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public int getInstalments() { return instalments; }
    public void setInstalments(int v) { instalments = v; }
    public BigDecimal getDownPayment() { return downPayment; }
    public void setDownPayment(BigDecimal v) { downPayment = v; }
    public LocalDate getLastDueOn() { return lastDueOn; }
    public void setLastDueOn(LocalDate v) { lastDueOn = v; }
    public String getGuarantee() { return guarantee; }
    public void setGuarantee(String v) { guarantee = v; }
    public String getPayeeAccount() { return payeeAccount; }
    public void setPayeeAccount(String v) { payeeAccount = v; }
    public BigDecimal getRelistPrice() { return relistPrice; }
    public void setRelistPrice(BigDecimal v) { relistPrice = v; }
    public boolean isRelistOnlyPrice() { return relistOnlyPrice; }
    public void setRelistOnlyPrice(boolean v) { relistOnlyPrice = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
