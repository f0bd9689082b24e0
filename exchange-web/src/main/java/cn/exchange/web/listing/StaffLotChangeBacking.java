package cn.exchange.web.listing;

import cn.exchange.ejb.listing.LotChanges;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.PriceApprovalView;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Staff: the changes of a published listing (the form {@code change} of the staff's projects page,
 * {@link StaffProjectsBacking}, which chooses the lot): amend, suspend, resume, extend, relist (with the approval of
 * a price below 90 %), revalue and terminate. The page shows the form to those who may change changes.
 */
@Named
@ViewScoped
public class StaffLotChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LotChanges changes;

    @Inject
    StaffProjectsBacking page;

    private String text;
    private Integer workingDays = 5;
    private BigDecimal price;
    private boolean onlyPriceChanged = true;
    private String approvalIssuer;
    private String approvalNumber;
    private LocalDate approvalDate;
    private BigDecimal approvedPrice;
    private PriceApprovalView priceApproval;
    private String appraiser;
    private LocalDate valuationBaseDate;
    private BigDecimal appraisedValue;

    public void amend() { change(() -> changes.amend(lot(), text)); }
    public void suspend() { change(() -> changes.suspend(lot(), text)); }
    public void resume() { change(() -> changes.resume(lot())); }
    public void terminate() { change(() -> changes.terminate(lot(), text)); }
    public void extend() { change(() -> changes.extend(lot(), workingDays == null ? 0 : workingDays)); }
    public void relist() {
        change(() -> changes.relist(lot(), price, onlyPriceChanged, priceApproval == null ? null : priceApproval.id()));
        priceApproval = null;
    }

    /** Rule 12: a locked lot's new audit and valuation, with its new listing price (the "new price" field). */
    public void revalue() {
        change(() -> changes.revalue(lot(), appraiser, valuationBaseDate, appraisedValue, price));
    }

    /** Rule 7: the approval of a relisting price below 90 %, attached with its file before "relist" uses it. */
    public void attachApproval(FileUploadEvent e) {
        Long lotId = lot();
        if (lotId == null) {
            Pages.error(Pages.text("document.chooseLot"));
            return;
        }
        byte[] content = e.getFile().getContent();
        var a = Pages.attempt("change", () -> changes.attachPriceApproval(lotId, approvalIssuer, approvalNumber, approvalDate,
                approvedPrice, e.getFile().getFileName(), content));
        if (a != null) {
            priceApproval = a;
            Pages.info(Pages.text("priceApproval.attached", a.issuer() + " " + a.number(), a.sha256()));
        }
    }

    /** A change of the chosen lot (none chosen: nothing); done, the project and the list are read again. */
    private void change(Supplier<LotView> action) {
        if (lot() == null) {
            return;
        }
        LotView v = Pages.attempt("change", action);
        if (v != null) {
            Pages.info(Pages.text("lot.changed", v.projectNumber() + "-" + v.lotNo(), Pages.text("listingStatus." + v.status())));
            text = null;
            page.lotChanged();
        }
    }

    /** The lot chosen on the page ({@link StaffProjectsBacking#getLotId}). */
    private Long lot() { return page.getLotId(); }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer v) { workingDays = v; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal v) { price = v; }
    public boolean isOnlyPriceChanged() { return onlyPriceChanged; }
    public void setOnlyPriceChanged(boolean v) { onlyPriceChanged = v; }
    public String getApprovalIssuer() { return approvalIssuer; }
    public void setApprovalIssuer(String v) { approvalIssuer = v; }
    public String getApprovalNumber() { return approvalNumber; }
    public void setApprovalNumber(String v) { approvalNumber = v; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate v) { approvalDate = v; }
    public BigDecimal getApprovedPrice() { return approvedPrice; }
    public void setApprovedPrice(BigDecimal v) { approvedPrice = v; }
    public PriceApprovalView getPriceApproval() { return priceApproval; }
    public String getAppraiser() { return appraiser; }
    public void setAppraiser(String v) { appraiser = v; }
    public LocalDate getValuationBaseDate() { return valuationBaseDate; }
    public void setValuationBaseDate(LocalDate v) { valuationBaseDate = v; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public void setAppraisedValue(BigDecimal v) { appraisedValue = v; }
}
