package cn.exchange.web.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ProjectForm;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An agency registers a project with its lots (rules checked at once, every problem shown by its field). */
@Named
@ViewScoped
public class ProjectFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListingService listings;

    private String title;
    private Category category = Category.ADMINISTRATIVE_ASSET;
    private String entrustedBy;
    private LocalDate entrustmentDate;
    private String approvalIssuer;
    private String approvalNumber;
    private LocalDate approvalDate;
    private boolean controlChange;
    private boolean noBidForfeits;
    private String media;
    private final List<LotInput> lots = new ArrayList<>(List.of(new LotInput()));

    public void addLot() {
        if (lots.size() < 50) {
            lots.add(new LotInput());
        }
    }

    public void removeLot(int index) {
        if (lots.size() > 1 && index >= 0 && index < lots.size()) {
            lots.remove(index);
        }
    }

    public String save() {
        ProjectForm form = new ProjectForm(title, category, entrustedBy, entrustmentDate, approvalIssuer, approvalNumber,
                approvalDate, controlChange, noBidForfeits, media, lots.stream().map(LotInput::terms).toList());
        ProjectView p = Pages.attempt("f", () -> listings.register(form));
        if (p == null) {
            return null;
        }
        Pages.info(Pages.text("project.registered", p.number(), p.lots().size()));
        Pages.keepMessagesOverRedirect();
        return "/agency/projects?faces-redirect=true";
    }

    public Category[] getCategories() { return Category.values(); }
    public BiddingMethod[] getMethods() { return BiddingMethod.values(); }
    public cn.exchange.core.listing.CourtAssetKind[] getCourtAssetKinds() { return cn.exchange.core.listing.CourtAssetKind.values(); }
    public List<LotInput> getLots() { return lots; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Category getCategory() { return category; }
    public void setCategory(Category v) { category = v; }
    public String getEntrustedBy() { return entrustedBy; }
    public void setEntrustedBy(String v) { entrustedBy = v; }
    public LocalDate getEntrustmentDate() { return entrustmentDate; }
    public void setEntrustmentDate(LocalDate v) { entrustmentDate = v; }
    public String getApprovalIssuer() { return approvalIssuer; }
    public void setApprovalIssuer(String v) { approvalIssuer = v; }
    public String getApprovalNumber() { return approvalNumber; }
    public void setApprovalNumber(String v) { approvalNumber = v; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate v) { approvalDate = v; }
    /** Rule 3: an equity transfer by which actual control changes (then pre-disclosed before the announcement). */
    public boolean isControlChange() { return controlChange; }
    public void setControlChange(boolean v) { controlChange = v; }
    /** Docs/rules.md §1.4: the announcement forfeits the deposit of a qualified bidder who places no valid bid. */
    public boolean isNoBidForfeits() { return noBidForfeits; }
    public void setNoBidForfeits(boolean v) { noBidForfeits = v; }
    public String getMedia() { return media; }
    public void setMedia(String v) { media = v; }
}
