package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.LotTerms;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as an agency registers it: entrustment, approval document, the newspapers named for the announcement, and
 * its lots.
 */
public record ProjectForm(String title, Category category, String entrustedBy, LocalDate entrustmentDate,
                          String approvalIssuer, String approvalNumber, LocalDate approvalDate, boolean preDisclosed,
                          String media, List<LotTerms> lots) {
}
