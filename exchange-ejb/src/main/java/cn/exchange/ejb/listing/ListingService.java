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
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
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
    PriorityHolderService priorityHolders;

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
        ListingSettings s = rules.settings();
        for (int i = 0; i < form.lots().size(); i++) {
            LotTerms t = form.lots().get(i);
            if (t == null) {
                problems.add(FieldProblem.of("lots[" + i + "]", "common.required"));
                continue;
            }
            for (FieldProblem fp : LotRules.check(form.category(), t, ctx.today(), s)) {
                problems.add(fp.withField("lots[" + i + "]." + fp.field()));
            }
        }
        return problems;
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
            Project p = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
            if (p == null) {
                throw new NotFoundException("Project", projectId);
            }
            // rule 24: the priority right holders are part of the terms the announcement freezes (rule 10)
            priorityHolders.requireConfirmedBeforePublication(p);
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

    /**
     * Rules 3, 4: staff publish a project's pre-disclosure (a change of control, within 10 WD of the approval, or a
     * capital increase), at least 20 WD, its notice on the board for each lot; before any lot is formally announced.
     */
    public ProjectView preDisclose(long projectId, java.time.LocalDate basisDate, boolean approvalPending, int workingDays) {
        return executor.execute(Permission.ANNOUNCEMENT_PUBLISH, ctx -> {
            Project p = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
            if (p == null) {
                throw new NotFoundException("Project", projectId);
            }
            for (Notice n : p.preDisclose(basisDate, approvalPending, workingDays, ctx.nowAt(), rules.calendar(), rules.settings())) {
                em.persist(n);
            }
            ctx.record("Project", p.getId(), "project.preDisclosed", p.getNumber() + ": " + workingDays + " WD from "
                    + p.getPreDisclosure().start() + " to " + p.getPreDisclosure().endsAt() + ", basis " + basisDate
                    + (approvalPending ? " (internal decision, approval pending)" : " (approval)"));
            return ProjectView.of(p);
        });
    }

    public LotView amend(long lotId, String text) {
        return change(lotId, (lot, ctx) -> lot.amend(text, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView extend(long lotId, int workingDays) {
        return change(lotId, (lot, ctx) -> lot.extend(workingDays, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /**
     * Rules 7, 8: relisting at a new price. Below 90 % of the valuation only with {@code priceApprovalId}, an approval
     * of this lot's relisting price attached with {@link #attachPriceApproval} and not used by an earlier round.
     */
    public LotView relist(long lotId, BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
        return change(lotId, (lot, ctx) -> {
            cn.exchange.core.listing.PriceApproval approval = null;
            if (priceApprovalId != null) {
                approval = em.find(cn.exchange.core.listing.PriceApproval.class, priceApprovalId, LockModeType.PESSIMISTIC_WRITE);
                if (approval == null || approval.getLotId() != lotId) {
                    throw new DomainException("priceApprovalId", "priceApproval.notFound");
                }
            }
            return lot.relist(price, onlyPriceChanged, approval, ctx.nowAt(), rules.calendar(), rules.settings());
        });
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): a court lot whose auction failed is auctioned once more, within 30 days, at a start
     * price cut by at most 20 % (a new deposit optional, within 5–20 % of it); 7 / 15 calendar days' notice.
     */
    public LotView reauction(long lotId, BigDecimal price, BigDecimal deposit) {
        return change(lotId, (lot, ctx) -> lot.reauction(price, deposit, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /** Rule 34 (SPC 2016 Art. 26): after the re-auction failed too, the court lot is offered by 变卖 for 60 days. */
    public LotView sellOff(long lotId) {
        return change(lotId, (lot, ctx) -> lot.sellOff(ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /**
     * Rule 7: staff attach the approving body's consent to a relisting price below 90 % of the valuation — issuer,
     * number, date, the lowest price it allows and the file (PDF, JPEG, PNG; checked on the bytes, SHA-256 kept and
     * audited). Only for a lot that may be relisted; not public.
     */
    public PriceApprovalView attachPriceApproval(long lotId, String issuer, String number, java.time.LocalDate approvedOn,
                                                 BigDecimal approvedPrice, String filename, byte[] content) {
        cn.exchange.core.listing.DocumentRules.Checked checked = cn.exchange.core.listing.DocumentRules.check(filename, content);
        String sha = cn.exchange.core.audit.AuditChain.sha256Hex(content);
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lockedLot(lotId);
            if (lot.getStatus() != ListingStatus.DISCLOSURE_ENDED && lot.getStatus() != ListingStatus.TERMINATED
                    && lot.getStatus() != ListingStatus.AUCTION_FAILED && !awaitsRelistingAfterDefault(lotId)) {
                throw new DomainException(null, "listing.wrongStatus", lot.getStatus().name());
            }
            var a = cn.exchange.core.listing.PriceApproval.of(lotId, issuer, number, approvedOn, approvedPrice, checked, content, sha,
                    ctx.today(), ctx.nowAt(), ctx.caller().username());
            em.persist(a);
            em.flush();
            ctx.record("Lot", lotId, "priceApproval.attached", lot.getProject().getNumber() + "-" + lot.getLotNo() + ": "
                    + a.getIssuer() + " " + a.getNumber() + "（" + a.getApprovedOn() + "），同意以不低于 " + a.getFloorPrice().toPlainString()
                    + " 元挂牌；" + checked.name() + "，sha256 " + sha);
            return PriceApprovalView.of(a);
        });
    }

    /** Docs/rules.md §1.4: a sold lot whose deal was forfeited and which is not relisted yet. */
    private boolean awaitsRelistingAfterDefault(long lotId) {
        return !em.createNativeQuery("select 1 from deal d where d.lot_id = ?1 and d.status = 'FORFEITED'"
                + " and not exists (select 1 from lot r where r.relisted_after_deal_id = d.id)").setParameter(1, lotId).getResultList().isEmpty();
    }

    /** Rule 7: a lot's relisting-price approvals, newest first (staff, supervisors). */
    public java.util.List<PriceApprovalView> priceApprovals(long lotId) {
        callers.require(Permission.PROJECT_READ_ALL);
        return em.createQuery("select a from PriceApproval a where a.lotId = :l order by a.id desc", cn.exchange.core.listing.PriceApproval.class)
                .setParameter("l", lotId).getResultList().stream().map(PriceApprovalView::of).toList();
    }

    /** Rule 7: the file of a relisting-price approval (staff, supervisors). */
    public cn.exchange.core.listing.PriceApproval priceApprovalFile(long lotId, long approvalId) {
        callers.require(Permission.PROJECT_READ_ALL);
        var a = em.find(cn.exchange.core.listing.PriceApproval.class, approvalId);
        if (a == null || a.getLotId() != lotId) {
            throw new NotFoundException("PriceApproval", approvalId);
        }
        a.getContent();
        return a;
    }

    /**
     * Rule 12: staff attach a locked lot's new audit and valuation — appraiser, base date (within a year), value — and
     * its new listing price (≥ the valuation, rule 6); the lot returns to "submitted", to be published as a new first
     * listing whose twelve months count afresh. Audited; the announcement that follows is the public notice.
     */
    public LotView revalue(long lotId, String appraiser, java.time.LocalDate baseDate, BigDecimal value, BigDecimal listingPrice) {
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lockedLot(lotId);
            BigDecimal before = lot.getAppraisedValue();
            lot.revalue(appraiser, baseDate, value, listingPrice, ctx.nowAt());
            em.flush();
            ctx.record("Lot", lotId, "listing.revalued", lot.getProject().getNumber() + "-" + lot.getLotNo() + ": 重新评估 "
                    + lot.getAppraiser() + "（基准日 " + lot.getValuationBaseDate() + "），评估值 " + before.toPlainString() + " → "
                    + lot.getAppraisedValue().toPlainString() + " 元，挂牌价 " + lot.getListingPrice().toPlainString() + " 元");
            return LotView.of(lot);
        });
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
                    int applicants = (int) applicantCount(lot.getId());
                    store(ctx, lot, lot.expire(ctx.nowAt(), applicants));
                    // the public notice states no count (rule 23); the trail, which staff and supervisors read, does
                    ctx.record("Lot", lot.getId(), "listing.applicants", applicants + " 个意向受让方提交申请 / applicant(s)");
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
     * Rule 12: a lot still without a buyer twelve months after its first formal disclosure — ended, terminated or after
     * a failed auction ({@link Lot#WITHOUT_BUYER}) — is locked until a new audit and valuation are attached
     * ({@link #revalue}). Taken with SKIP LOCKED, so each lot is locked once in a cluster.
     */
    public int lockStale() {
        return executor.executeAsSystem(ctx -> {
            @SuppressWarnings("unchecked")
            // the states are the aggregate's (ended, terminated, failed auction): each awaits a relisting refused now
            String states = Lot.WITHOUT_BUYER.stream().map(s -> "'" + s.name() + "'").sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            List<Number> ids = em.createNativeQuery("select id from lot where status in (" + states + ")"
                    + " and first_published_on < ?1 order by id limit 200 for update skip locked")
                    .setParameter(1, ctx.today().minusMonths(12)).getResultList();
            int n = 0;
            for (Number id : ids) {
                Lot lot = em.find(Lot.class, id.longValue());
                em.refresh(lot);
                if (lot.lockableAt(ctx.nowAt())) {
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
        // rule 16: unpaid deposits are due by the lot's end, wherever this change moved it
        for (cn.exchange.core.qualification.Application a : em.createQuery("select a from Application a where a.lotId = :l"
                + " and a.depositPaidAt is null and a.status = cn.exchange.core.qualification.Application.Status.SUBMITTED",
                cn.exchange.core.qualification.Application.class).setParameter("l", lot.getId()).getResultList()) {
            a.followLot(lot);
        }
        ctx.record("Lot", lot.getId(), "listing." + notice.getKind().name().toLowerCase(), lot.getProject().getNumber() + "-"
                + lot.getLotNo() + ": " + notice.getBody() + "; status " + lot.getStatus());
    }

    /** Rule 9: the lot's applicants who have not withdrawn (an announcement without any ends by itself). */
    private long applicantCount(long lotId) {
        return em.createQuery("select count(a) from Application a where a.lotId = :l"
                + " and a.status <> cn.exchange.core.qualification.Application.Status.WITHDRAWN", Long.class)
                .setParameter("l", lotId).getSingleResult();
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
            notices.put(l.id(), em.createQuery("select n from Notice n where n.lotId = :l order by n.id", cn.exchange.core.listing.Notice.class)
                    .setParameter("l", l.id()).getResultList().stream().map(n -> NoticeView.of(n, rules::calendar)).toList());
            documents.put(l.id(), em.createQuery("select d from LotDocument d where d.lotId = :l order by d.id",
                    cn.exchange.core.listing.LotDocument.class).setParameter("l", l.id()).getResultList().stream().map(DocumentView::of).toList());
        }
        return new ProjectDetail(p, notices, documents);
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

    /** The next public project number ({@link cn.exchange.core.listing.ProjectNumber}, docs/rules.md §9). */
    public static String nextProjectNumber(EntityManager em, String exchangeCode, Category category, int year) {
        long seq = ((Number) em.createNativeQuery("select nextval('project_number_seq')").getSingleResult()).longValue();
        return new cn.exchange.core.listing.ProjectNumber(exchangeCode, year, category, seq).toString();
    }
}
