package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.Deal;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.LedgerReader;
import cn.exchange.ejb.settlement.SettlementDesk;
import cn.exchange.web.shell.AccessBean;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The settlement clerk's page: refunds and payouts with the bank batch file, the trial balance, the latest postings,
 * debits nobody explains, and the forfeiture cases waiting for the operator. Supervisors read it.
 */
@Named
@ViewScoped
public class SettlementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SettlementDesk desk;
    @EJB
    DealService deals;
    @Inject
    AccessBean access;

    private List<DisbursementView> disbursements;
    private List<LedgerReader.AccountBalance> trialBalance;
    private List<LedgerReader.PostingView> postings;
    private List<SettlementDesk.DebitView> debits;
    private List<DealView> defaults;
    private String lastBatch;

    @PostConstruct
    void load() {
        disbursements = desk.disbursements();
        trialBalance = desk.trialBalance();
        postings = desk.postings(null, null);
        debits = desk.unmatchedDebits();
        defaults = deals.all(Deal.Status.DEFAULTED);
    }

    /** Creates the batch, then the page offers its file (the same lines again from the API at any time). */
    public void newBatch() {
        SettlementDesk.Batch b = Pages.attempt("batch", desk::newBatch);
        if (b != null) {
            lastBatch = b.batchNo();
            Pages.info(Pages.text("settlement.batchCreated", b.batchNo(), b.count(), b.total().toPlainString()));
            load();
        }
    }

    public StreamedContent getBatchFile() {
        if (lastBatch == null) {
            return null;
        }
        byte[] csv = desk.batch(lastBatch).csv();
        return DefaultStreamedContent.builder().name(lastBatch + ".csv").contentType("text/csv; charset=utf-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public boolean isMayBook() { return access.can(Permission.SETTLEMENT_BOOK.name()); }
    public List<DisbursementView> getDisbursements() { return disbursements; }
    public List<LedgerReader.AccountBalance> getTrialBalance() { return trialBalance; }
    public List<LedgerReader.PostingView> getPostings() { return postings; }
    public List<SettlementDesk.DebitView> getDebits() { return debits; }
    public List<DealView> getDefaults() { return defaults; }
    public String getLastBatch() { return lastBatch; }
}
