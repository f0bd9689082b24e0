package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
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
 * paid; the buyer gets the payment instructions; staff prepare the contract and issue the certificate, pay out and
 * decide forfeiture cases ({@link DealMoneyBacking}) and relist a forfeited lot ({@link DealRelistingBacking});
 * supervisors read it all. Who may open which deal is the service's check.
 */
@Named
@ViewScoped
public class DealBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DealService deals;
    @EJB
    CertificateService certificates;
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

    /** The deal read again after an action, with the action's message (also for the page's other forms). */
    public void reload(String message) {
        show(deals.view(id), message);
    }

    /** The deal as an action of the page answered it, and the action's message. */
    public void show(DealView v, String message) {
        deal = v;
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
}
