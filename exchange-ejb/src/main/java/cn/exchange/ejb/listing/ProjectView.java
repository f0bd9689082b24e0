package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.Project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A project with its lots. */
public record ProjectView(long id, String number, long agencyPartyId, String title, Category category, String entrustedBy,
                          LocalDate entrustmentDate, String approvalIssuer, String approvalNumber, LocalDate approvalDate,
                          boolean controlChange, boolean noBidForfeits, PreDisclosureView preDisclosure, String media, OffsetDateTime createdAt,
                          List<LotView> lots) {

    /** Rules 3, 4: the project's pre-disclosure as published. */
    public record PreDisclosureView(LocalDate basisDate, boolean approvalPending, OffsetDateTime publishedAt, LocalDate startsOn,
                                    int workingDays, OffsetDateTime endsAt) {
        static PreDisclosureView of(cn.exchange.core.listing.PreDisclosure p) {
            return p == null ? null : new PreDisclosureView(p.basisDate(), p.approvalPending(), p.publishedAt(), p.start(),
                    p.workingDays(), p.endsAt());
        }
    }

    public static ProjectView of(Project p) {
        return new ProjectView(p.getId(), p.getNumber(), p.getAgencyPartyId(), p.getTitle(), p.getCategory(),
                p.getEntrustedBy(), p.getEntrustmentDate(), p.getApprovalIssuer(), p.getApprovalNumber(), p.getApprovalDate(),
                p.isControlChange(), p.isNoBidForfeits(), PreDisclosureView.of(p.getPreDisclosure()), p.getMedia(), p.getCreatedAt(), p.getLots().stream().map(LotView::of).toList());
    }
}
