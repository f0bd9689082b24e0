package cn.exchange.core.listing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an agency enters for one lot, as checked by {@link LotRules} before anything is stored.
 *
 * @param negativeNetAssets the object's net assets are negative (rule 6: price ≥ CNY 1.00 instead of ≥ valuation)
 * @param reservePrice      保留价, optional; the lot fails below it
 * @param buyerConditions   受让方资格条件, optional; never for asset transfers (rule 13)
 * @param conditionsFilingRef the SASAC filing reference the conditions need (rule 13)
 * @param annualPrice       for operating rights: the price is per year, over {@code termYears}
 * @param dutch             a Dutch lot's start price, step, interval and floor (required for {@link BiddingMethod#DUTCH},
 *                          ignored otherwise)
 * @param courtAssetKind    a court-entrusted lot's kind — movables, real estate or other property rights (rule 34:
 *                          required for court lots, it fixes the notice periods; ignored on other lots)
 */
public record LotTerms(String title, String description, String location, String region, String appraiser,
                       LocalDate valuationBaseDate, BigDecimal appraisedValue, BigDecimal listingPrice, BigDecimal deposit,
                       BigDecimal increment, BigDecimal reservePrice, boolean negativeNetAssets, String buyerConditions,
                       String conditionsFilingRef, BiddingMethod biddingMethod, String paymentTerms, boolean extensionAllowed,
                       boolean annualPrice, Integer termYears, DutchTerms dutch, CourtAssetKind courtAssetKind) {

}
