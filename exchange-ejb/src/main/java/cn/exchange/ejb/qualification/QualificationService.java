package cn.exchange.ejb.qualification;

import cn.exchange.core.calendar.Counted;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.CollusionSignals;
import cn.exchange.core.qualification.CreditRecord;
import cn.exchange.core.qualification.QualificationRules;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.calendar.PendingDeadlines;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bidder qualification (docs/rules.md §1.3–1.5, rules 13–19): applications during the announcement, deposits from the
 * bank statement, the exchange's opinion, the transferor's reply within its working-day deadline, the ruling on a
 * dispute. The conclusion that hands out bidder codes and decides the lot's path is {@link QualificationConclusion}'s.
 */
@Stateless
public class QualificationService {

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @Inject
    ListingSettingsProducer rules;
    @Inject
    PendingDeadlines pending;

    @jakarta.inject.Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @EJB
    ApplicationDocumentService documents;

    /**
     * What a bidder declares when applying; {@code priorityRight} claims the priority purchase right (rule 24), granted
     * only to a confirmed holder of the lot; {@code throughAgent} says an agent applies for the bidder, whose power of
     * attorney is then a required document (rule 38).
     */
    public record ApplyForm(boolean commitmentAccepted, String relatedParties, boolean priorityRight, boolean throughAgent) {
    }

    /** A verified bidder applies for a lot whose announcement is running; the deposit is due by the announcement's end. */
    public ApplicationView apply(long lotId, ApplyForm form) {
        return executor.execute(Permission.APPLICATION_SUBMIT, ctx -> applyInside(ctx, lotId, form));
    }

    private ApplicationView applyInside(CommandContext ctx, long lotId, ApplyForm form) {
        Party bidder = approvedBidder(ctx.caller());
        // rule 33: a buyer whose deposit on this lot was forfeited is barred from its relisting
        if (!em.createNativeQuery("select 1 from relisting_bar where lot_id = ?1 and party_id = ?2").setParameter(1, lotId)
                .setParameter(2, bidder.getId()).getResultList().isEmpty()) {
            throw new ConflictException("application.barredAfterForfeiture");
        }
        Lot lot = em.find(Lot.class, lotId, LockModeType.PESSIMISTIC_READ);
        // rule 24: a claim of the priority right counts only when the party is a confirmed holder of the lot, matched by
        // its credit code or resident ID (the list is frozen with the announcement, so it cannot change under us)
        boolean claimed = form != null && form.priorityRight();
        Integer rank = claimed && lot != null ? cn.exchange.core.listing.PriorityHolder.rankOf(true,
                bidder.getCreditCode() != null ? bidder.getCreditCode() : bidder.getResidentId(),
                em.createNamedQuery("PriorityHolder.ofLot", cn.exchange.core.listing.PriorityHolder.class)
                        .setParameter("lot", lotId).getResultList()) : null;
        Application a = Application.forLot(lot, bidder.getId(), form != null && form.commitmentAccepted(),
                form == null ? null : form.relatedParties(), rank, ctx.nowAt(), ctx.caller().ip())
                .throughAgent(form != null && form.throughAgent());
        boolean exists = !em.createNamedQuery("Application.idOfBidderOnLot")
                .setParameter("l", lotId).setParameter("b", bidder.getId()).getResultList().isEmpty();
        if (exists) {
            throw new ConflictException("application.duplicate");
        }
        em.persist(a);
        em.flush();
        a.assignPaymentReference();
        ctx.record("Application", a.getId(), "application.submitted", "lot " + lot.getProject().getNumber() + "-"
                + lot.getLotNo() + ", deposit " + a.getDepositAmount().toPlainString() + " due " + a.getDepositDeadline()
                + ", reference " + a.getPaymentReference() + (a.isThroughAgent() ? ", through an agent" : ""));
        return view(a, lot, bidder.getName(), List.of());
    }

    /**
     * Applies for many lots in one go (a batch session of hundreds of vehicles): all or nothing — if one lot cannot be
     * applied for, the refusal names it and nothing is saved.
     */
    public List<ApplicationView> applyMany(List<Long> lotIds, ApplyForm form) {
        if (lotIds == null || lotIds.isEmpty()) {
            throw new DomainException("lotIds", "common.required");
        }
        if (lotIds.size() > 1000) {
            throw new DomainException("lotIds", "import.tooManyRows", 1000);
        }
        return executor.execute(Permission.APPLICATION_SUBMIT, ctx -> {
            List<ApplicationView> out = new ArrayList<>();
            List<cn.exchange.core.shared.FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < lotIds.size(); i++) {
                try {
                    out.add(applyInside(ctx, lotIds.get(i), form));
                } catch (DomainException e) {
                    final int index = i;
                    e.problems().forEach(p -> problems.add(p.withField("lotIds[" + index + "]")));
                }
            }
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            return out;
        });
    }

    /** What is due today for staff: transferor replies and deposits whose deadline falls today (Beijing time). */
    public List<ApplicationView> dueToday() {
        callers.require(Permission.APPLICATION_READ_ALL);
        var zone = cn.exchange.core.calendar.ExchangeTime.ZONE;
        var today = java.time.LocalDate.now(clock.withZone(zone));
        var from = today.atStartOfDay(zone).toOffsetDateTime();
        var to = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<ApplicationView> out = new ArrayList<>();
        for (Application a : em.createNamedQuery("Application.deadlinesBetween", Application.class)
                .setParameter("f", from).setParameter("t", to).setMaxResults(500).getResultList()) {
            out.add(staffView(a));
        }
        return out;
    }

    public List<ApplicationView> mine() {
        Caller c = callers.require(Permission.APPLICATION_READ_OWN);
        List<ApplicationView> out = new ArrayList<>();
        for (Application a : em.createNamedQuery("Application.ofBidder", Application.class)
                .setParameter("b", c.partyId()).setMaxResults(500).getResultList()) {
            out.add(view(a, lots.get(a.getLotId()), parties.get(a.getBidderPartyId()).getName(), List.of()));
        }
        return out;
    }

    // ---- review ------------------------------------------------------------------------------------------------

    /** The applications of a lot with the bidders' identities and the anti-collusion flags (staff, supervisors). */
    public List<ApplicationView> forLot(long lotId) {
        callers.require(Permission.APPLICATION_READ_ALL);
        Lot lot = lots.get(lotId);
        List<Application> apps = applications(lotId);
        Map<Long, List<String>> flags = collusionFlags(apps);
        return apps.stream().map(a -> view(a, lot, parties.get(a.getBidderPartyId()).getName(), flags.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    /**
     * Rule 13: what a rejection of an application for this lot may cite — its published buyer conditions, numbered, and
     * rule 16's deposit — in the reader's language (staff, supervisors).
     */
    public List<cn.exchange.core.qualification.RejectionGrounds.Ground> rejectionGrounds(long lotId, java.util.Locale locale) {
        callers.require(Permission.APPLICATION_READ_ALL);
        return cn.exchange.core.qualification.RejectionGrounds.citable(lots.get(lotId).getBuyerConditions(), locale);
    }

    /**
     * The exchange's opinion on an application; the transferor's reply is due in [5] working days (rule 14). A rejection
     * cites {@code grounds} from {@link #rejectionGrounds} with the staff's words in {@code reason} (rule 13).
     */
    public ApplicationView review(long applicationId, Application.Opinion opinion, List<String> grounds, String reason) {
        return executor.execute(Permission.APPLICATION_REVIEW, ctx -> {
            Application a = applications.getForUpdate(applicationId);
            if (opinion == Application.Opinion.QUALIFIED) {
                documents.requireComplete(a);   // rule 38: no favourable opinion while a required document is missing
            }
            Counted<OffsetDateTime> deadline = replyDeadline(ctx.nowAt());
            a.review(opinion, grounds, reason, lots.get(a.getLotId()), ctx.caller().username(), ctx.nowAt(), deadline.value());
            ctx.record("Application", a.getId(), "application.reviewed", "opinion " + opinion
                    + (a.getOpinionGrounds() == null ? "" : " citing " + a.getOpinionGrounds())
                    + (a.getOpinionReason() == null ? "" : ": " + a.getOpinionReason())
                    + "; transferor reply due " + (deadline.awaiting() ? "(awaiting the " + deadline.awaitingYear() + " calendar)"
                    : deadline.value()));
            pending.register(ctx, DeadlineKind.TRANSFEROR_REPLY, a.getId(), deadline);
            return staffView(a);
        });
    }

    /** The approving body's ruling on the transferor's objection, recorded by staff. */
    public ApplicationView ruling(long applicationId, boolean qualified, String text) {
        return executor.execute(Permission.APPLICATION_REVIEW, ctx -> {
            Application a = applications.getForUpdate(applicationId);
            if (qualified) {
                documents.requireComplete(a);   // rule 38, as for the opinion
            }
            a.ruling(qualified, text);
            ctx.record("Application", a.getId(), "application.ruling", (qualified ? "qualified" : "not qualified") + ": " + text);
            return staffView(a);
        });
    }

    /** A lot's applicants' shared details (the red flags' evidence), for those who read every application. */
    public Map<Long, List<String>> signals(long lotId) {
        callers.require(Permission.APPLICATION_READ_ALL);
        return collusionFlags(applications(lotId));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The anti-collusion signals of a lot's applicants (the rule is {@link CollusionSignals}). */
    private Map<Long, List<String>> collusionFlags(List<Application> apps) {
        List<CollusionSignals.Applicant> applicants = new ArrayList<>();
        for (Application a : apps) {
            Party p = parties.get(a.getBidderPartyId());
            Set<String> accounts = new HashSet<>(em.createNamedQuery("CreditRecord.payerAccountsOfApplication", String.class)
                    .setParameter("a", a.getId()).getResultList());
            applicants.add(new CollusionSignals.Applicant(a.getId(), p.getName(), p.getPhone(), p.getEmail(), a.getSubmittedIp(),
                    accounts, a.getRelatedParties()));
        }
        return CollusionSignals.of(applicants);
    }

    private List<Application> applications(long lotId) {
        return em.createNamedQuery("Application.ofLot", Application.class)
                .setParameter("l", lotId).getResultList();
    }



    private ApplicationView staffView(Application a) {
        return view(a, lots.get(a.getLotId()), parties.get(a.getBidderPartyId()).getName(), List.of());
    }

    private ApplicationView view(Application a, Lot lot, String bidderName, List<String> flags) {
        return view(rules, a, lot, bidderName, flags);
    }

    /** An application as its reader sees it, with the year its reply deadline awaits (rule 1) when it does. */
    static ApplicationView view(ListingSettingsProducer rules, Application a, Lot lot, String bidderName, List<String> flags) {
        Integer awaiting = a.getOpinionAt() != null && a.getReplyDeadline() == null
                ? rules.calendar().awaitingYear(cn.exchange.core.calendar.ExchangeTime.day(a.getOpinionAt())) : null;
        return ApplicationView.of(a, lot.getBuyerConditions(), lot.getProject().getNumber() + "-" + lot.getLotNo(), lot.getTitle(),
                bidderName, flags, awaiting, lot.getStatus().name());
    }

    private Party approvedBidder(Caller c) {
        if (c.partyId() == null) {
            throw new NotPermittedException(Permission.APPLICATION_SUBMIT.name());
        }
        Party p = parties.get(c.partyId());
        if (p.getKind() == PartyKind.AGENCY) {
            throw new NotPermittedException(Permission.APPLICATION_SUBMIT.name());
        }
        if (p.getStatus() != PartyStatus.APPROVED) {
            throw new DomainException(null, "application.bidderNotApproved");
        }
        return p;
    }

    /** Rule 14: the transferor's reply is due [5] working days after the opinion — or awaits the calendar of the year it reaches. */
    public Counted<OffsetDateTime> replyDeadline(OffsetDateTime opinionAt) {
        return Counted.of(() -> QualificationRules.transferorReplyDeadline(opinionAt, rules.settings().transferorReplyWd(),
                rules.calendar(), rules.settings().endOfDay()));
    }
}
