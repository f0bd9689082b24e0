package cn.exchange.core.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the announcement says about a lot in words, part of {@link Lot}: its title, description, location and region,
 * the buyer conditions with their filing reference (rule 13) and the payment terms — as the agency entered them, fixed
 * once the listing is published (rule 10).
 */
@Embeddable
public class Particulars {

    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 4000)
    private String description;
    @Column(length = 200)
    private String location;
    @Column(nullable = false, length = 60)
    private String region;
    @Column(name = "buyer_conditions", length = 2000)
    private String buyerConditions;
    @Column(name = "conditions_filing_ref", length = 100)
    private String conditionsFilingRef;
    @Column(name = "payment_terms", length = 1000)
    private String paymentTerms;

    protected Particulars() {
    }

    /** The agency's words, already checked by {@link LotRules}; blank conditions are none, and need no filing. */
    static Particulars of(LotTerms t) {
        Particulars p = new Particulars();
        p.title = t.title().trim();
        p.description = t.description();
        p.location = t.location();
        p.region = t.region().trim();
        p.buyerConditions = t.buyerConditions() == null || t.buyerConditions().isBlank() ? null : t.buyerConditions();
        p.conditionsFilingRef = p.buyerConditions == null ? null : t.conditionsFilingRef();
        p.paymentTerms = t.paymentTerms();
        return p;
    }

    public String title() { return title; }
    public String description() { return description; }
    public String location() { return location; }
    public String region() { return region; }
    public String buyerConditions() { return buyerConditions; }
    public String conditionsFilingRef() { return conditionsFilingRef; }
    public String paymentTerms() { return paymentTerms; }
}
