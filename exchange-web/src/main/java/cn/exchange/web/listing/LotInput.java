package cn.exchange.web.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.CourtAssetKind;
import cn.exchange.core.listing.DutchTerms;
import cn.exchange.core.listing.LotTerms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One lot's fields on the project form. */
public class LotInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String location;
    private String region;
    private String appraiser;
    private LocalDate valuationBaseDate;
    private BigDecimal appraisedValue;
    private BigDecimal listingPrice;
    private BigDecimal deposit;
    private BigDecimal increment;
    private BigDecimal reservePrice;
    private boolean negativeNetAssets;
    private String buyerConditions;
    private String conditionsFilingRef;
    private BiddingMethod biddingMethod = BiddingMethod.ONLINE_ASCENDING;
    private String paymentTerms;
    private boolean extensionAllowed = true;
    private boolean annualPrice;
    private Integer termYears;
    private BigDecimal dutchStartPrice;
    private BigDecimal dutchStep;
    private Integer dutchIntervalSeconds;
    private BigDecimal dutchFloor;
    /** Rule 34: a court-entrusted lot's kind (movables, real estate, other rights); ignored on other lots. */
    private CourtAssetKind courtAssetKind;

    public LotTerms terms() {
        return new LotTerms(title, description, location, region, appraiser, valuationBaseDate, appraisedValue, listingPrice,
                deposit, increment, reservePrice, negativeNetAssets, buyerConditions, conditionsFilingRef, biddingMethod,
                paymentTerms, extensionAllowed, annualPrice, termYears, biddingMethod == BiddingMethod.DUTCH
                        ? new DutchTerms(dutchStartPrice, dutchStep, dutchIntervalSeconds, dutchFloor) : null, courtAssetKind);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getAppraiser() { return appraiser; }
    public void setAppraiser(String v) { appraiser = v; }
    public LocalDate getValuationBaseDate() { return valuationBaseDate; }
    public void setValuationBaseDate(LocalDate v) { valuationBaseDate = v; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public void setAppraisedValue(BigDecimal v) { appraisedValue = v; }
    public BigDecimal getListingPrice() { return listingPrice; }
    public void setListingPrice(BigDecimal v) { listingPrice = v; }
    public BigDecimal getDeposit() { return deposit; }
    public void setDeposit(BigDecimal v) { deposit = v; }
    public BigDecimal getIncrement() { return increment; }
    public void setIncrement(BigDecimal v) { increment = v; }
    public BigDecimal getReservePrice() { return reservePrice; }
    public void setReservePrice(BigDecimal v) { reservePrice = v; }
    public boolean isNegativeNetAssets() { return negativeNetAssets; }
    public void setNegativeNetAssets(boolean v) { negativeNetAssets = v; }
    public String getBuyerConditions() { return buyerConditions; }
    public void setBuyerConditions(String v) { buyerConditions = v; }
    public String getConditionsFilingRef() { return conditionsFilingRef; }
    public void setConditionsFilingRef(String v) { conditionsFilingRef = v; }
    public BiddingMethod getBiddingMethod() { return biddingMethod; }
    public void setBiddingMethod(BiddingMethod v) { biddingMethod = v; }
    public String getPaymentTerms() { return paymentTerms; }
    public void setPaymentTerms(String v) { paymentTerms = v; }
    public boolean isExtensionAllowed() { return extensionAllowed; }
    public void setExtensionAllowed(boolean v) { extensionAllowed = v; }
    public boolean isAnnualPrice() { return annualPrice; }
    public void setAnnualPrice(boolean v) { annualPrice = v; }
    public Integer getTermYears() { return termYears; }
    public void setTermYears(Integer v) { termYears = v; }
    public boolean isDutch() { return biddingMethod == BiddingMethod.DUTCH; }
    public BigDecimal getDutchStartPrice() { return dutchStartPrice; }
    public void setDutchStartPrice(BigDecimal v) { dutchStartPrice = v; }
    public BigDecimal getDutchStep() { return dutchStep; }
    public void setDutchStep(BigDecimal v) { dutchStep = v; }
    public Integer getDutchIntervalSeconds() { return dutchIntervalSeconds; }
    public void setDutchIntervalSeconds(Integer v) { dutchIntervalSeconds = v; }
    public BigDecimal getDutchFloor() { return dutchFloor; }
    public void setDutchFloor(BigDecimal v) { dutchFloor = v; }
    public CourtAssetKind getCourtAssetKind() { return courtAssetKind; }
    public void setCourtAssetKind(CourtAssetKind v) { courtAssetKind = v; }
}
