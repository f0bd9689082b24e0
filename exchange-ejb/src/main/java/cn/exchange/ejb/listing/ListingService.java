package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.Project;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The listing use cases: an agency registers a project with its lots (rules checked at entry), staff publish the
 * announcement (period from {@link cn.exchange.core.listing.DisclosureRules}), and every later change of a listing
 * (amend, extend, relist, suspend, resume, terminate, expire) goes through the {@link Lot} aggregate, publishes its
 * notice and is audited — all in one transaction per command.
 */
@Stateless
public class ListingService {

    @EJB
    CommandExecutor executor;

    @EJB
    PriorityHolderService priorityHolders;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @Inject
    ListingSettingsProducer rules;

    @jakarta.inject.Inject
    cn.exchange.core.listing.ProjectRepository projects;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    /** An agency registers a project with one or more lots and submits it to the exchange. */
    public ProjectView register(ProjectForm form) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Party agency = requireApprovedAgency(ctx.caller());
            List<FieldProblem> problems = form.problems(ctx.today(), rules.settings());
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            Project p = newProject(ctx, agency, form);
            for (LotTerms t : form.lots()) {
                p.addLot(t).submit();
            }
            em.flush();
            ctx.record("Project", p.getId(), "project.registered", p.getNumber() + " " + p.getCategory() + ", "
                    + p.getLots().size() + " lot(s), submitted");
            return ProjectView.of(p);
        });
    }

    private Project newProject(CommandContext ctx, Party agency, ProjectForm form) {
        String number = nextProjectNumber(em, rules.exchangeCode(), form.category(), ctx.today().getYear());
        Project p = new Project(number, agency.getId(), form.title(), form.category(), ctx.nowAt());
        p.entrustment(form.entrustedBy(), form.entrustmentDate());
        p.approval(form.approvalIssuer(), form.approvalNumber(), form.approvalDate());
        p.controlChange(form.controlChange());
        p.noBidForfeits(form.noBidForfeits());
        p.media(form.media());
        em.persist(p);
        return p;
    }

    /** Adds validated lots to a project that is not yet published (the batch import's target). */
    public int addLots(long projectId, List<LotTerms> lots) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Project p = ownProject(ctx.caller(), projectId, true);
            if (!p.isUnpublished()) {
                throw new DomainException(null, "listing.frozen");
            }
            for (LotTerms t : lots) {
                p.addLot(t).submit();
            }
            ctx.record("Project", p.getId(), "project.lotsImported", lots.size() + " lot(s) added, now " + p.getLots().size());
            return lots.size();
        });
    }

    /**
     * Imports a batch of lots from CSV or XLSX into the caller's unpublished project. All or nothing: one bad row and
     * nothing is saved — unless the clerk chose {@code acceptValidRows}, when the good rows are saved and the bad ones
     * reported.
     */
    public ImportReport importLots(long projectId, String filename, byte[] content, boolean acceptValidRows) {
        Caller c = callers.require(Permission.PROJECT_EDIT);
        Project p = ownProject(c, projectId, false);
        BatchImport.Result r = BatchImport.read(filename, content, p.getCategory(),
                java.time.LocalDate.now(clock.withZone(ExchangeTime.ZONE)), rules.settings());
        if (r.rows().isEmpty() || (!r.clean() && !acceptValidRows)) {
            return new ImportReport(r.rows().size(), 0, false, r.problems());
        }
        List<LotTerms> valid = r.validLots();
        int saved = valid.isEmpty() ? 0 : addLots(projectId, valid);
        return new ImportReport(r.rows().size(), saved, !r.clean(), r.problems());
    }

    /**
     * The agency attaches a photo or document to one of its lots, before the announcement is published (published
     * content is frozen, rule 10). Type and size are checked on the bytes; the SHA-256 is kept and audited.
     */
    public DocumentView attach(long projectId, long lotId, String filename, byte[] content) {
        cn.exchange.core.listing.DocumentRules.Checked checked = cn.exchange.core.listing.DocumentRules.check(filename, content);
        String sha = cn.exchange.core.audit.AuditChain.sha256Hex(content);
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Project p = ownProject(ctx.caller(), projectId, false);
            Lot lot = p.getLots().stream().filter(l -> l.getId() == lotId).findFirst()
                    .orElseThrow(() -> new NotFoundException("Lot", lotId));
            lot.requireEditable("file");
            var d = new cn.exchange.core.listing.LotDocument(lotId, checked, content, sha, ctx.nowAt(), ctx.caller().username());
            em.persist(d);
            em.flush();
            ctx.record("LotDocument", d.getId(), "document.attached", p.getNumber() + "-" + lot.getLotNo() + ": " + checked.name()
                    + " (" + checked.contentType() + ", " + content.length + " bytes, sha256 " + sha + ")");
            return DocumentView.of(d);
        });
    }

    /** Staff publish the announcement of every submitted lot of a project. */
    public ProjectView publish(long projectId) {
        return executor.execute(Permission.ANNOUNCEMENT_PUBLISH, ctx -> {
            Project p = projects.getForUpdate(projectId);
            // rule 24: the priority right holders are part of the terms the announcement freezes (rule 10)
            priorityHolders.requireConfirmedBeforePublication(p);
            int published = 0;
            for (Lot lot : p.getLots()) {
                if (lot.getStatus() == ListingStatus.SUBMITTED) {
                    LotNotices.store(em, ctx, lot, lot.publish(ctx.nowAt(), rules.calendar(), rules.settings()));
                    published++;
                }
            }
            if (published == 0) {
                throw new DomainException(null, "project.nothingToPublish");
            }
            return ProjectView.of(p);
        });
    }

    /**
     * Rules 3, 4: staff publish a project's pre-disclosure (a change of control, within 10 WD of the approval, or a
     * capital increase), at least 20 WD, its notice on the board for each lot; before any lot is formally announced.
     */
    public ProjectView preDisclose(long projectId, java.time.LocalDate basisDate, boolean approvalPending, int workingDays) {
        return executor.execute(Permission.ANNOUNCEMENT_PUBLISH, ctx -> {
            Project p = projects.getForUpdate(projectId);
            for (Notice n : p.preDisclose(basisDate, approvalPending, workingDays, ctx.nowAt(), rules.calendar(), rules.settings())) {
                em.persist(n);
            }
            ctx.record("Project", p.getId(), "project.preDisclosed", p.getNumber() + ": " + workingDays + " WD from "
                    + p.getPreDisclosure().start() + " to " + p.getPreDisclosure().endsAt() + ", basis " + basisDate
                    + (approvalPending ? " (internal decision, approval pending)" : " (approval)"));
            return ProjectView.of(p);
        });
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The caller's own projects (an agency), newest first. */
    public List<ProjectView> myProjects() {
        Caller c = callers.require(Permission.PROJECT_READ_OWN);
        return em.createNamedQuery("Project.ofAgency", Project.class)
                .setParameter("a", c.partyId()).setMaxResults(200).getResultList().stream().map(ProjectView::of).toList();
    }

    /** Projects for staff and supervisors, newest first, optionally only those with lots in a status. */
    public List<ProjectView> projects(ListingStatus status) {
        callers.require(Permission.PROJECT_READ_ALL);
        var query = status == null ? em.createNamedQuery("Project.all", Project.class)
                : em.createNamedQuery("Project.withLotsInStatus", Project.class).setParameter("s", status);
        return query.setMaxResults(200).getResultList().stream().map(ProjectView::of).toList();
    }

    public ProjectView project(long id) {
        Caller c = callers.current();
        Project p = projects.get(id);
        if (!c.can(Permission.PROJECT_READ_ALL) && !(c.can(Permission.PROJECT_READ_OWN) && c.partyId() != null
                && c.partyId() == p.getAgencyPartyId())) {
            // another agency's project does not exist for this caller
            throw new NotFoundException("Project", id);
        }
        return ProjectView.of(p);
    }

    /** A project with each lot's notices and documents: the agency's project page. */
    public record ProjectDetail(ProjectView project, java.util.Map<Long, List<NoticeView>> notices,
                                java.util.Map<Long, List<DocumentView>> documents) {
    }

    /** The agency's own project (or any, for staff and supervisors), its lots' notices and documents. */
    public ProjectDetail detail(long id) {
        ProjectView p = project(id);
        java.util.Map<Long, List<NoticeView>> notices = new java.util.LinkedHashMap<>();
        java.util.Map<Long, List<DocumentView>> documents = new java.util.LinkedHashMap<>();
        for (LotView l : p.lots()) {
            notices.put(l.id(), em.createNamedQuery("Notice.ofLot", cn.exchange.core.listing.Notice.class)
                    .setParameter("l", l.id()).getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList());
            documents.put(l.id(), em.createNamedQuery("LotDocument.ofLot", cn.exchange.core.listing.LotDocument.class)
                    .setParameter("l", l.id()).getResultList().stream().map(DocumentView::of).toList());
        }
        return new ProjectDetail(p, notices, documents);
    }

    private Project ownProject(Caller c, long id, boolean lock) {
        Project p = lock ? projects.getForUpdate(id) : projects.get(id);   // absent: NotFoundException("Project", id)
        if (c.partyId() == null || p.getAgencyPartyId() != c.partyId()) {
            throw new NotFoundException("Project", id);
        }
        return p;
    }

    private Party requireApprovedAgency(Caller c) {
        if (c.partyId() == null) {
            throw new NotPermittedException(Permission.PROJECT_EDIT.name());
        }
        Party p = parties.get(c.partyId());
        if (p.getKind() != PartyKind.AGENCY) {
            throw new NotPermittedException(Permission.PROJECT_EDIT.name());
        }
        if (p.getStatus() != PartyStatus.APPROVED) {
            throw new DomainException(null, "project.agencyNotApproved");
        }
        return p;
    }

    /** The next public project number ({@link cn.exchange.core.listing.ProjectNumber}, docs/rules.md §9). */
    public static String nextProjectNumber(EntityManager em, String exchangeCode, Category category, int year) {
        long seq = ((Number) em.createNativeQuery("select nextval('project_number_seq')").getSingleResult()).longValue();
        return new cn.exchange.core.listing.ProjectNumber(exchangeCode, year, category, seq).toString();
    }
}
