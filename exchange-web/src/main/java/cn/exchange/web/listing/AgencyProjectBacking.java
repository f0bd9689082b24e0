package cn.exchange.web.listing;

import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.DocumentView;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's project page ({@code /agency/project.xhtml?id=}): the project, each lot with its status,
 * notices, documents and applications — anonymised ("意向受让方 A"), as the agency may see them. Another agency's
 * project answers 404, as one that does not exist.
 */
@Named
@ViewScoped
public class AgencyProjectBacking implements Serializable {

    @EJB
    ListingService listings;
    @EJB
    QualificationService qualification;

    @jakarta.ejb.EJB
    cn.exchange.ejb.qualification.AgencyReplies replies;

    private Long id;
    private ListingService.ProjectDetail detail;
    private final Map<Long, List<ApplicationView>> applications = new HashMap<>();

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        if (id == null) {
            return;   // the page says to choose a project from the list
        }
        try {
            detail = listings.detail(id);
            for (LotView l : detail.project().lots()) {
                applications.put(l.id(), replies.forAgencyLot(l.id()));
            }
        } catch (DomainException | EJBException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public ProjectView getProject() {
        return detail == null ? null : detail.project();
    }

    public List<NoticeView> notices(long lotId) {
        return detail.notices().getOrDefault(lotId, List.of());
    }

    public List<DocumentView> documents(long lotId) {
        return detail.documents().getOrDefault(lotId, List.of());
    }

    public List<ApplicationView> applications(long lotId) {
        return applications.getOrDefault(lotId, List.of());
    }

    /** Whether the lot's page is public (a draft or submitted lot has none yet). */
    public boolean isPublic(LotView l) {
        return cn.exchange.core.listing.ListingStatus.PUBLIC.contains(l.status());
    }

    /** A file's size as people read it: "12 KB", "3.4 MB". */
    public String size(int bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
