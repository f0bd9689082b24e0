package cn.exchange.ejb.party;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.party.AccountRules;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRegistration;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.core.notification.NotificationKind;
import cn.exchange.ejb.notification.Notifications.About;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Parties: self-registration of bidders and agencies, staff registration of agencies, and the staff's identity check
 * (approve, reject, accept an irregular credit code with a reason — rule 35).
 */
@Stateless
public class PartyService {

    @EJB
    cn.exchange.ejb.notification.Notifications notifications;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    java.time.Clock clock;
    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @Inject
    AccountRepository accounts;

    @Inject
    cn.exchange.ejb.platform.RateLimiter rateLimiter;

    @Inject
    cn.exchange.ejb.identity.RequestOrigin origin;

    /**
     * A bidder or an agency registers itself online; staff check its identity before it may act. Every attempt counts
     * against {@link cn.exchange.core.security.RateLimits#REGISTRATION_PER_ADDRESS}.
     */
    public AccountView register(RegistrationForm form) {
        rateLimiter.check(cn.exchange.core.security.RateLimits.REGISTRATION_PER_ADDRESS, origin.ip(), origin.ip());
        if (form.party() == null || form.party().kind() == null) {
            throw new DomainException("kind", "party.kindRequired");
        }
        // hashing is slow on purpose: do it before the transaction, only for input that passes the cheap checks
        List<FieldProblem> problems = registrationProblems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        String hash = hasher.hash(form.password().toCharArray());
        return executor.executePublic(ctx -> {
            List<FieldProblem> taken = new ArrayList<>();
            if (accounts.findByUsername(form.username()).isPresent()) {
                taken.add(FieldProblem.of("username", "account.usernameTaken"));
            }
            Party party = newParty(ctx, form.party(), taken);
            Role role = form.party().kind() == PartyKind.AGENCY ? Role.AGENCY : Role.BIDDER;
            Account account = newAccount(ctx, form.username(), hash, role, party, displayName(form.party()));
            account.contact(party.getEmail(), party.getPhone());
            ctx.record("Account", account.getId(), "account.created", "role " + role + ", user " + account.getUsername()
                    + ", self-registered");
            return AccountView.of(account);
        });
    }

    /**
     * Every problem of a self-registration at once, the party's and the account's (the form used to
     * report one error per submit), without storing anything; nothing when the form may be submitted.
     */
    public List<FieldProblem> registrationProblems(RegistrationForm form) {
        if (form.party() == null || form.party().kind() == null) {
            return List.of(FieldProblem.of("kind", "party.kindRequired"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        try {
            PartyRegistration.build(form.party(), java.time.LocalDate.now(clock.withZone(cn.exchange.core.calendar.ExchangeTime.ZONE)),
                    java.time.OffsetDateTime.now(clock));
        } catch (DomainException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(AccountRules.checkPartyAccount(form.username(), form.password(), form.passwordConfirm()));
        return problems;
    }

    /** Staff register an agency with its first account; the agency is approved at once (staff checked it). */
    public AccountView registerAgency(PartyRegistration.Form form, String username, String password, String overrideReason) {
        List<FieldProblem> problems = AccountRules.checkPartyAccount(username, password, null);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        String hash = hasher.hash(password.toCharArray());
        return executor.execute(Permission.PARTY_REVIEW, ctx -> {
            List<FieldProblem> taken = new ArrayList<>();
            if (accounts.findByUsername(username).isPresent()) {
                taken.add(FieldProblem.of("username", "account.usernameTaken"));
            }
            Party party = newParty(ctx, form, taken);
            if (party.getIdWarning() != null) {
                party.overrideIdentifierWarning(overrideReason, ctx.caller().username(), ctx.nowAt());
                ctx.record("Party", party.getId(), "party.identifierOverridden", "credit code " + party.getCreditCode()
                        + " accepted by hand: " + overrideReason);
            }
            party.approve(ctx.caller().username(), "registered by staff", ctx.nowAt());
            ctx.record("Party", party.getId(), "party.approved", "status: PENDING_REVIEW -> APPROVED");
            Account account = newAccount(ctx, username, hash, Role.AGENCY, party, party.getContactPerson());
            account.contact(party.getEmail(), party.getPhone());
            ctx.record("Account", account.getId(), "account.created", "role AGENCY, user " + account.getUsername()
                    + ", registered by staff");
            return AccountView.of(account);
        });
    }

    public List<PartyView> byStatus(PartyStatus status) {
        callers.require(Permission.PARTY_READ);
        return parties.byStatus(status).stream().map(p -> PartyView.of(p, true)).toList();
    }

    public PartyView get(long id) {
        callers.require(Permission.PARTY_READ);
        return PartyView.of(parties.get(id), true);
    }

    public List<PartyView> agencies() {
        callers.require(Permission.PARTY_READ);
        return parties.agencies().stream().map(p -> PartyView.of(p, true)).toList();
    }

    public PartyView approve(long partyId, String note) {
        return executor.execute(Permission.PARTY_REVIEW, ctx -> {
            Party p = parties.get(partyId);
            String before = p.getStatus().name();
            p.approve(ctx.caller().username(), note, ctx.nowAt());
            ctx.record("Party", p.getId(), "party.approved", "status: " + before + " -> APPROVED"
                    + (note == null || note.isBlank() ? "" : "; note: " + note));
            notifications.tellParty(ctx.now(), p.getId(), "party-approved:" + p.getId(),
                    new About(NotificationKind.ACCOUNT_APPROVED, p.getName(), note, "/account/index.xhtml"));
            return PartyView.of(p, true);
        });
    }

    public PartyView reject(long partyId, String reason) {
        return executor.execute(Permission.PARTY_REVIEW, ctx -> {
            Party p = parties.get(partyId);
            String before = p.getStatus().name();
            p.reject(ctx.caller().username(), reason, ctx.nowAt());
            ctx.record("Party", p.getId(), "party.rejected", "status: " + before + " -> REJECTED; reason: " + reason);
            notifications.tellParty(ctx.now(), p.getId(), "party-rejected:" + p.getId() + ":" + ctx.now().toEpochMilli(),
                    new About(NotificationKind.ACCOUNT_REJECTED, p.getName(), reason, "/account/index.xhtml"));
            return PartyView.of(p, true);
        });
    }

    public PartyView overrideIdentifierWarning(long partyId, String reason) {
        return executor.execute(Permission.PARTY_REVIEW, ctx -> {
            Party p = parties.get(partyId);
            p.overrideIdentifierWarning(reason, ctx.caller().username(), ctx.nowAt());
            ctx.record("Party", p.getId(), "party.identifierOverridden", "credit code " + p.getCreditCode()
                    + " (" + p.getIdWarning() + ") accepted by hand: " + reason);
            return PartyView.of(p, true);
        });
    }

    /** Builds and stores the party, or refuses with every problem at once (including {@code problems} found earlier). */
    private Party newParty(CommandContext ctx, PartyRegistration.Form form, List<FieldProblem> problems) {
        Party party;
        try {
            party = PartyRegistration.build(form, ctx.today(), ctx.nowAt());
        } catch (DomainException e) {
            problems.addAll(e.problems());
            throw new DomainException(problems);
        }
        if (party.getCreditCode() != null && parties.findByCreditCode(party.getCreditCode(), party.getKind()).isPresent()) {
            problems.add(FieldProblem.of("creditCode", "party.creditCodeTaken"));
        }
        if (party.getResidentId() != null && parties.findByResidentId(party.getResidentId()).isPresent()) {
            problems.add(FieldProblem.of("residentId", "party.residentIdTaken"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        parties.add(party);
        ctx.em().flush();
        ctx.record("Party", party.getId(), "party.registered", party.getKind() + " " + party.getName() + ", "
                + party.publicIdentifier() + (party.getIdWarning() == null ? "" : ", warning " + party.getIdWarning()));
        return party;
    }

    private Account newAccount(CommandContext ctx, String username, String hash, Role role, Party party, String displayName) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new DomainException("username", "account.usernameTaken");
        }
        Account account = new Account(username, hash, role, party, displayName, ctx.nowAt(), ctx.caller().username());
        accounts.add(account);
        ctx.em().flush();
        return account;
    }

    private static String displayName(PartyRegistration.Form f) {
        return f.kind() == PartyKind.PERSON_BIDDER || f.contactPerson() == null || f.contactPerson().isBlank()
                ? f.name() : f.contactPerson();
    }
}
