package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.LotTerms;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as an agency registers it: entrustment, approval document, the newspapers named for the announcement, and
 * its lots. {@code controlChange}: an equity transfer by which actual control changes (rule 3: it is pre-disclosed first);
 * {@code noBidForfeits}: the announcement's clause that a qualified bidder who places no valid bid loses its deposit.
 */
public record ProjectForm(String title, Category category, String entrustedBy, LocalDate entrustmentDate,
                          String approvalIssuer, String approvalNumber, LocalDate approvalDate, boolean controlChange, boolean noBidForfeits,
                          String media, List<LotTerms> lots) {
}
