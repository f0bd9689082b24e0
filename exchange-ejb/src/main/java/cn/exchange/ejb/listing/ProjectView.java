package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.Project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A project with its lots. */
public record ProjectView(long id, String number, long agencyPartyId, String title, Category category, String entrustedBy,
                          LocalDate entrustmentDate, String approvalIssuer, String approvalNumber, LocalDate approvalDate,
                          boolean preDisclosed, String media, OffsetDateTime createdAt, List<LotView> lots) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.getId(), p.getNumber(), p.getAgencyPartyId(), p.getTitle(), p.getCategory(),
                p.getEntrustedBy(), p.getEntrustmentDate(), p.getApprovalIssuer(), p.getApprovalNumber(), p.getApprovalDate(),
                p.isPreDisclosed(), p.getMedia(), p.getCreatedAt(), p.getLots().stream().map(LotView::of).toList());
    }
}
