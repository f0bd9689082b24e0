package cn.exchange.ejb.supervision;

import java.time.LocalDate;

/**
 * What supervisors filter by: period (of the deal, or of the listing for unsold lots), agency, region,
 * category, bidder (a party name, matching the lots it applied for), project number, and amounts (the deal price or,
 * unsold, the listing price). Every field is optional.
 */
public record SupervisionQuery(LocalDate from, LocalDate to, String agency, String region, String category, String bidder,
                               String projectNumber, java.math.BigDecimal minAmount, java.math.BigDecimal maxAmount) {

    public static final SupervisionQuery ALL = new SupervisionQuery(null, null, null, null, null, null, null, null, null);
}
