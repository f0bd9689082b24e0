package cn.exchange.web.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.ejb.listing.PriorityHolderService;
import cn.exchange.ejb.listing.PriorityHolderView;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The priority right holders of the project a reviewer opened on {@code /staff/projects.xhtml} (rule 24): as the agency
 * named them, each confirmed against its basis document before the announcement is published.
 */
@Named
@RequestScoped
public class StaffHoldersBacking {

    @EJB
    PriorityHolderService priorityHolders;

    /** The holders of every equity lot of the project, by lot then rank. */
    public List<PriorityHolderView> of(ProjectView p) {
        if (p == null || p.category() != Category.EQUITY_TRANSFER) {
            return List.of();
        }
        return p.lots().stream().flatMap(l -> priorityHolders.list(p.id(), l.id()).stream()).toList();
    }

    public void confirm(ProjectView p, PriorityHolderView h) {
        PriorityHolderView done = Pages.attempt("holders", () -> priorityHolders.confirm(p.id(), h.lotId(), h.id()));
        if (done != null) {
            Pages.info(Pages.text("holders.confirmedMessage", done.name()));
        }
    }
}
