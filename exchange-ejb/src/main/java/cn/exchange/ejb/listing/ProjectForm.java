package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.LotRules;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.shared.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project as an agency registers it: entrustment, approval document, the newspapers named for the announcement, and
 * its lots. {@code controlChange}: an equity transfer by which actual control changes (rule 3: it is pre-disclosed first);
 * {@code noBidForfeits}: the announcement's clause that a qualified bidder who places no valid bid loses its deposit.
 */
public record ProjectForm(String title, Category category, String entrustedBy, LocalDate entrustmentDate,
                          String approvalIssuer, String approvalNumber, LocalDate approvalDate, boolean controlChange, boolean noBidForfeits,
                          String media, List<LotTerms> lots) {

    /**
     * The checks of the whole form, every problem at once (rules 5, 6, 13, 15, 17 for each lot, by {@link LotRules});
     * lot fields are named {@code lots[i].field}.
     */
    public List<FieldProblem> problems(LocalDate today, ListingSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title() == null || title().isBlank()) {
            problems.add(FieldProblem.of("title", "common.required"));
        }
        if (category() == null) {
            problems.add(FieldProblem.of("category", "common.required"));
            return problems;
        }
        if (lots() == null || lots().isEmpty()) {
            problems.add(FieldProblem.of("lots", "project.noLots"));
            return problems;
        }
        if (lots().size() > BatchImport.MAX_ROWS) {
            problems.add(FieldProblem.of("lots", "import.tooManyRows", BatchImport.MAX_ROWS));
            return problems;
        }
        for (int i = 0; i < lots().size(); i++) {
            LotTerms t = lots().get(i);
            if (t == null) {
                problems.add(FieldProblem.of("lots[" + i + "]", "common.required"));
                continue;
            }
            for (FieldProblem fp : LotRules.check(category(), t, today, s)) {
                problems.add(fp.withField("lots[" + i + "]." + fp.field()));
            }
        }
        return problems;
    }
}
