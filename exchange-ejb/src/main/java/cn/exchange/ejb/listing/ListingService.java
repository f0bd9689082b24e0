package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotRules;
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
import cn.exchange.ejb.command.Caller;
import cn.exchange.ejb.command.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    cn.exchange.ejb.qualification.QualificationService qualification;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @Inject
    ListingSettingsProducer rules;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    /** An agency registers a project with one or more lots and submits it to the exchange. */
    public ProjectView register(ProjectForm form) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Party agency = requireApprovedAgency(ctx.caller());
            List<FieldProblem> problems = checkForm(form, ctx);
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

    /** The checks of a whole form, every problem at once; lot fields are named {@code lots[i].field}. */
    List<FieldProblem> checkForm(ProjectForm form, CommandContext ctx) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            problems.add(FieldProblem.of("title", "common.required"));
        }
        if (form.category() == null) {
            problems.add(FieldProblem.of("category", "common.required"));
            return problems;
        }
        if (form.lots() == null || form.lots().isEmpty()) {
            problems.add(FieldProblem.of("lots", "project.noLots"));
            return problems;
        }
        if (form.lots().size() > BatchImport.MAX_ROWS) {
            problems.add(FieldProblem.of("lots", "import.tooManyRows", BatchImport.MAX_ROWS));
            return problems;
        }
        boolean approval = form.approvalIssuer() != null && !form.approvalIssuer().isBlank() && form.approvalNumber() != null
                && !form.approvalNumber().isBlank() && form.approvalDate() != null;
        ListingSettings s = rules.settings();
        for (int i = 0; i < form.lots().size(); i++) {
            LotTerms t = form.lots().get(i);
            if (t == null) {
                problems.add(FieldProblem.of("lots[" + i + "]", "common.required"));
                continue;
            }
            for (FieldProblem fp : LotRules.check(form.category(), t, ctx.today(), approval, s)) {
                problems.add(fp.withField("lots[" + i + "]." + fp.field()));
            }
        }
        return problems;
    }

    private Project newProject(CommandContext ctx, Party agency, ProjectForm form) {
        String number = nextProjectNumber(em, form.category(), ctx.today().getYear());
        Project p = new Project(number, agency.getId(), form.title(), form.category(), ctx.nowAt());
        p.entrustment(form.entrustedBy(), form.entrustmentDate());
        p.approval(form.approvalIssuer(), form.approvalNumber(), form.approvalDate());
        p.preDisclosed(form.preDisclosed());
        p.media(form.media());
        em.persist(p);
        return p;
    }

    /** Adds validated lots to a project that is not yet published (the batch import's target). */
    public int addLots(long projectId, List<LotTerms> lots) {
        return executor.execute(Permission.PROJECT_EDIT, ctx -> {
            Project p = ownProject(ctx.caller(), projectId, true);
            if (p.getLots().stream().anyMatch(l -> l.getStatus() != ListingStatus.SUBMITTED && l.getStatus() != ListingStatus.DRAFT)) {
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
                java.time.LocalDate.now(clock.withZone(ExchangeTime.ZONE)), p.hasApproval(), rules.settings());
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
            if (lot.getStatus() != ListingStatus.SUBMITTED && lot.getStatus() != ListingStatus.DRAFT) {
                throw new DomainException("file", "listing.frozen");
            }
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
            Project p = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
            if (p == null) {
                throw new NotFoundException("Project", projectId);
            }
            int published = 0;
            for (Lot lot : p.getLots()) {
                if (lot.getStatus() == ListingStatus.SUBMITTED) {
                    store(ctx, lot, lot.publish(ctx.nowAt(), rules.calendar(), rules.settings()));
                    published++;
                }
            }
            if (published == 0) {
                throw new DomainException(null, "project.nothingToPublish");
            }
            return ProjectView.of(p);
        });
    }

    public LotView amend(long lotId, String text) {
        return change(lotId, (lot, ctx) -> lot.amend(text, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView extend(long lotId, int workingDays) {
        return change(lotId, (lot, ctx) -> lot.extend(workingDays, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView relist(long lotId, BigDecimal price, boolean onlyPriceChanged) {
        return change(lotId, (lot, ctx) -> lot.relist(price, onlyPriceChanged, lot.getProject().hasApproval(), ctx.nowAt(),
                rules.calendar(), rules.settings()));
    }

    public LotView suspend(long lotId, String reason) {
        return change(lotId, (lot, ctx) -> lot.suspend(reason, ctx.nowAt(), rules.calendar()));
    }

    public LotView resume(long lotId) {
        return change(lotId, (lot, ctx) -> lot.resume(ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView terminate(long lotId, String reason) {
        return change(lotId, (lot, ctx) -> lot.terminate(reason, ctx.nowAt()));
    }

    /** A transition of one lot by staff holding {@link Permission#LISTING_CHANGE}. */
    private LotView change(long lotId, Transition t) {
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lockedLot(lotId);
            store(ctx, lot, t.apply(lot, ctx));
            return LotView.of(lot);
        });
    }

    interface Transition {
        Notice apply(Lot lot, CommandContext ctx);
    }

    /**
     * Ends every announcement whose period has passed (rule 9). Each lot is locked with SKIP LOCKED and re-checked, so
     * with several instances running this at once each lot ends exactly once.
     *
     * @return the number of lots ended
     */
    public int expireDue() {
        return executor.executeAsSystem(ctx -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from lot where status = 'PUBLISHED' and ends_at <= ?1"
                    + " order by ends_at limit 200 for update skip locked").setParameter(1, ctx.nowAt()).getResultList();
            int n = 0;
            for (Number id : ids) {
                Lot lot = em.find(Lot.class, id.longValue());
                em.refresh(lot);
                if (lot.getStatus() == ListingStatus.PUBLISHED && !lot.getEndsAt().isAfter(ctx.nowAt())) {
                    store(ctx, lot, lot.expire(ctx.nowAt(), (int) qualification.applicantCount(lot.getId())));
                    n++;
                }
            }
            if (n == 0) {
                ctx.nothingToRecord();
            }
            return n;
        });
    }

    /**
     * Rule 12: a lot still without a buyer twelve months after its first formal disclosure is locked until a new audit
     * and valuation are attached. Taken with SKIP LOCKED, so each lot is locked once in a cluster.
     */
    public int lockStale() {
        return executor.executeAsSystem(ctx -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from lot where status = 'DISCLOSURE_ENDED'"
                    + " and first_published_on < ?1 order by id limit 200 for update skip locked")
                    .setParameter(1, ctx.today().minusMonths(12)).getResultList();
            int n = 0;
            for (Number id : ids) {
                Lot lot = em.find(Lot.class, id.longValue());
                em.refresh(lot);
                if (lot.getStatus() == ListingStatus.DISCLOSURE_ENDED && lot.staleAt(ctx.nowAt())) {
                    store(ctx, lot, lot.lock(ctx.nowAt()));
                    n++;
                }
            }
            if (n == 0) {
                ctx.nothingToRecord();
            }
            return n;
        });
    }

    private void store(CommandContext ctx, Lot lot, Notice notice) {
        em.persist(notice);
        ctx.record("Lot", lot.getId(), "listing." + notice.getKind().name().toLowerCase(), lot.getProject().getNumber() + "-"
                + lot.getLotNo() + ": " + notice.getBody() + "; status " + lot.getStatus());
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The caller's own projects (an agency), newest first. */
    public List<ProjectView> myProjects() {
        Caller c = callers.require(Permission.PROJECT_READ_OWN);
        return em.createQuery("select p from Project p where p.agencyPartyId = :a order by p.id desc", Project.class)
                .setParameter("a", c.partyId()).setMaxResults(200).getResultList().stream().map(ProjectView::of).toList();
    }

    /** Projects for staff and supervisors, newest first, optionally only those with lots in a status. */
    public List<ProjectView> projects(ListingStatus status) {
        callers.require(Permission.PROJECT_READ_ALL);
        String q = status == null ? "select p from Project p order by p.id desc"
                : "select distinct p from Project p join p.lots l where l.status = :s order by p.id desc";
        var query = em.createQuery(q, Project.class).setMaxResults(200);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList().stream().map(ProjectView::of).toList();
    }

    public ProjectView project(long id) {
        Caller c = callers.current();
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw new NotFoundException("Project", id);
        }
        if (!c.can(Permission.PROJECT_READ_ALL) && !(c.can(Permission.PROJECT_READ_OWN) && c.partyId() != null
                && c.partyId() == p.getAgencyPartyId())) {
            // another agency's project does not exist for this caller
            throw new NotFoundException("Project", id);
        }
        return ProjectView.of(p);
    }

    private Project ownProject(Caller c, long id, boolean lock) {
        Project p = lock ? em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Project.class, id);
        if (p == null || c.partyId() == null || p.getAgencyPartyId() != c.partyId()) {
            throw new NotFoundException("Project", id);
        }
        return p;
    }

    private Lot lockedLot(long id) {
        Lot lot = em.find(Lot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (lot == null) {
            throw new NotFoundException("Lot", id);
        }
        return lot;
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

    /** The next public project number: {@code DH} (the exchange), year, category code, 6-digit sequence. */
    public static String nextProjectNumber(EntityManager em, Category category, int year) {
        long seq = ((Number) em.createNativeQuery("select nextval('project_number_seq')").getSingleResult()).longValue();
        return String.format("DH%d%s%06d", year, code(category), seq);
    }

    static String code(Category c) {
        return switch (c) {
            case EQUITY_TRANSFER -> "CQ";
            case CAPITAL_INCREASE -> "ZZ";
            case ADMINISTRATIVE_ASSET -> "XZ";
            case LAND_USE_RIGHT -> "TD";
            case OPERATING_RIGHT -> "JY";
            case LICENCE_PLATE -> "HP";
            case FINANCIAL_ASSET -> "JR";
            case COURT_ENTRUSTED -> "SS";
            case BANKRUPTCY_ASSET -> "PC";
            case NON_STATE_ASSET -> "FG";
            case ENTERPRISE_ASSET -> "ZC";
        };
    }
}
