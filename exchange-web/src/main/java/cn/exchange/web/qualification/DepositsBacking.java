package cn.exchange.web.qualification;

import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.qualification.CreditView;
import cn.exchange.ejb.qualification.DepositService;
import cn.exchange.ejb.qualification.StatementReport;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Settlement clerk: import bank statements, the unmatched credits, a credit recorded by hand. */
@Named
@ViewScoped
public class DepositsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DepositService deposits;

    @Inject
    AccessBean access;

    private List<CreditView> unmatched;
    private StatementReport report;
    private String txn;
    private LocalDateTime receivedAt;
    private BigDecimal amount;
    private String payerName;
    private String payerAccount;
    private String reference;
    private String reason;

    @PostConstruct
    void load() {
        unmatched = deposits.unmatched();
    }

    public void upload(FileUploadEvent e) {
        byte[] content = e.getFile().getContent();
        StatementReport r = Pages.attempt("statement", () -> deposits.importStatement(content));
        if (r != null) {
            report = r;
            Pages.info(Pages.text("deposits.imported", r.credits(), r.recorded(), r.alreadyImported(), r.matched(), r.unmatched()));
            r.problems().forEach(p -> Pages.error(Pages.text("deposits.line", p.line()) + p.problem().message(Pages.locale())));
            load();
        }
    }

    public void record() {
        CreditView v = Pages.attempt("manual", () -> deposits.recordCredit(new BankCredit(txn,
                receivedAt == null ? null : receivedAt.atZone(cn.exchange.core.calendar.ExchangeTime.ZONE).toOffsetDateTime(),
                amount, payerName, payerAccount, reference), reason));
        if (v != null) {
            Pages.info(Pages.text("deposits.recorded", v.bankTransactionId(), v.outcome()));
            txn = null;
            amount = null;
            reason = null;
            load();
        }
    }

    public boolean isMayBook() { return access.can(Permission.DEPOSIT_BOOK.name()); }
    public List<CreditView> getUnmatched() { return unmatched; }
    public StatementReport getReport() { return report; }
    public String getTxn() { return txn; }
    public void setTxn(String v) { txn = v; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime v) { receivedAt = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getPayerName() { return payerName; }
    public void setPayerName(String v) { payerName = v; }
    public String getPayerAccount() { return payerAccount; }
    public void setPayerAccount(String v) { payerAccount = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
