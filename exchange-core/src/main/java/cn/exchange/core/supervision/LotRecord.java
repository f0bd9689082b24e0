package cn.exchange.core.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the red-flag rules read of one lot, gathered from the record by the supervision service.
 *
 * @param facts              the report's facts of the lot
 * @param priceApproval      an approval document (批准文件) for a price below 90 % of the valuation is attached (rule 7)
 * @param valuationBaseDate  the valuation's base date (rule 12: at most one year before the listing)
 * @param announcedWd        the working days the announcement actually ran, or null while it runs
 * @param requiredWd         the working days the rules required (rules 2–5)
 * @param conditionAmendments amendments published during disclosure that changed buyer conditions
 * @param applicantSignals   per application, the details it shares with another applicant of the lot (phone, e-mail,
 *                           payer account, IP, declared related party)
 * @param codesByBidIp       per client IP, the bidder codes that bid from it
 * @param dealStatus         the deal's status (null without a deal)
 * @param contractOverdue    the contract was not signed by its deadline
 * @param paymentOverdue     a payment is behind its schedule
 * @param overdueRefunds     refunds not paid by their due date
 * @param manualOverrides    staff overrides on the lot's trail ("who: what"), e.g. a credit-code warning overridden or
 *                           a session paused and resumed
 */
public record LotRecord(LotFacts facts, boolean priceApproval, LocalDate valuationBaseDate, Integer announcedWd, int requiredWd,
                        int conditionAmendments, Map<Long, List<String>> applicantSignals, Map<String, Set<String>> codesByBidIp,
                        String dealStatus, boolean contractOverdue, boolean paymentOverdue, int overdueRefunds,
                        List<String> manualOverrides) {
}
