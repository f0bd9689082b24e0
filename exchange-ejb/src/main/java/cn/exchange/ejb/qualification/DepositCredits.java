package cn.exchange.ejb.qualification;

import cn.exchange.core.notification.NotificationKind;
import cn.exchange.ejb.notification.Notifications;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotRepository;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.CreditRecord;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.qualification.DepositRules;
import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.qualification.StatementFile;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.settlement.LedgerBook;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deposit credits from the bank (rule 16) as {@link DepositService} books them: one credit matched to the application
 * its reference names ({@link #match}, the same for a statement line and a credit recorded by hand), its ledger posting,
 * and a statement's deposit credits written together ({@link Batch}) after the file's recorded ids and applications are
 * read in a few queries.
 */
final class DepositCredits {

    private DepositCredits() {
    }

    /** A credit matched: the outcome, and the application it is recorded against (null when the reference names none). */
    record Matched(DepositMatch outcome, Long applicationId) {
    }

    /**
     * Matches {@code credit} to {@code app} (the application its reference names, null if none) by {@link DepositRules};
     * a match marks the deposit received. An application no longer submitted takes no deposit.
     */
    static Matched match(PartyRepository parties, LotRepository lots, BankCredit credit, Application app) {
        DepositRules.Expected expected = app == null || app.getStatus() != Application.Status.SUBMITTED ? null
                : new DepositRules.Expected(parties.get(app.getBidderPartyId()).getName(), app.getDepositAmount(),
                app.depositDeadline(lots.get(app.getLotId())), app.getDepositPaidAt() != null);
        DepositMatch outcome = DepositRules.match(credit, expected);
        if (outcome == DepositMatch.MATCHED) {
            app.depositReceived(credit.receivedAt());
        }
        return new Matched(outcome, expected == null ? null : app.getId());
    }

    /**
     * Tells the bidder whose application a credit's reference names whether it was matched as the deposit (issue 23);
     * a credit naming no application has nobody to tell.
     */
    static void tell(Notifications notifications, CommandContext ctx, LotRepository lots, long creditId, DepositMatch outcome,
                     Application app) {
        if (app == null) {
            return;
        }
        String lot = lots.get(app.getLotId()).getTitle();
        notifications.tellParty(ctx.now(), app.getBidderPartyId(), "deposit:" + creditId, outcome == DepositMatch.MATCHED
                ? new Notifications.About(NotificationKind.DEPOSIT_MATCHED, lot, "", "/bidder/applications.xhtml")
                : new Notifications.About(NotificationKind.DEPOSIT_NOT_MATCHED, lot, NotificationKind.depositProblem(outcome),
                "/bidder/applications.xhtml"));
    }

    /** The posting of a deposit credit: into the application's deposit account, or into suspense. */
    static Ledger.Posting posting(BankCredit credit, DepositMatch outcome, Application app) {
        return outcome == DepositMatch.MATCHED
                ? Ledger.Posting.move("DEPOSIT_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.deposit(app.getId()), credit.amount())
                : Ledger.Posting.move("UNMATCHED_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.SUSPENSE, credit.amount());
    }

    /** What the posting refers to: the lot and, when matched, the application; always the bank transaction. */
    static LedgerBook.Refs refs(BankCredit credit, DepositMatch outcome, Application app) {
        return new LedgerBook.Refs(app == null ? null : app.getLotId(), null, outcome == DepositMatch.MATCHED ? app.getId() : null,
                credit.bankTransactionId());
    }

    /** The credits' bank transaction ids of {@code lines} that are recorded already (one query per thousand). */
    static Set<String> recordedAmong(EntityManager em, List<StatementFile.Line> lines) {
        List<String> ids = lines.stream().filter(l -> !l.debit()).map(l -> l.credit().bankTransactionId()).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            found.addAll(em.createNamedQuery("CreditRecord.knownBankTransactions", String.class)
                    .setParameter("t", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList());
        }
        return found;
    }

    /** The applications the lines' references name, locked (one query per thousand), with their parties and lots loaded. */
    static Map<Long, Application> lockApplications(EntityManager em, List<StatementFile.Line> lines) {
        List<Long> ids = lines.stream().filter(l -> !l.debit()).map(l -> PaymentReference.parse(l.credit().reference()).orElse(null))
                .filter(Objects::nonNull).distinct().sorted().toList();
        Map<Long, Application> apps = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Application a : em.createNamedQuery("Application.ofIds", Application.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()) {
                apps.put(a.getId(), a);
            }
        }
        List<Long> parties = apps.values().stream().map(Application::getBidderPartyId).distinct().toList();
        List<Long> lots = apps.values().stream().map(Application::getLotId).distinct().toList();
        for (int i = 0; i < parties.size(); i += 1000) {
            em.createNamedQuery("Party.ofIds", cn.exchange.core.party.Party.class)
                    .setParameter("ids", parties.subList(i, Math.min(parties.size(), i + 1000))).getResultList();
        }
        for (int i = 0; i < lots.size(); i += 1000) {
            em.createNamedQuery("Lot.ofIds", Lot.class)
                    .setParameter("ids", lots.subList(i, Math.min(lots.size(), i + 1000))).getResultList();
        }
        return apps;
    }

    /**
     * A statement's deposit credits, matched as {@link #match} matches one, written together at {@link #flush}: the credit
     * rows in one JDBC batch, then their audit records (which name the rows' ids), then their postings ({@link LedgerBook.Batch}).
     */
    static final class Batch {
        /** Credits written per batch: bounded statements and memory, whatever the file's length. */
        static final int CHUNK = 500;
        private final EntityManager em;
        private final PartyRepository parties;
        private final LotRepository lots;
        private final LedgerBook.Batch postings;
        private final CommandContext ctx;
        private final Map<Long, Application> apps;
        private final List<CreditRecord> credits = new ArrayList<>();
        /** Per credit, the application its reference names (null: none), for the audit record. */
        private final List<Application> matchedTo = new ArrayList<>();

        private final Notifications notifications;

        Batch(EntityManager em, PartyRepository parties, LotRepository lots, LedgerBook.Batch postings, CommandContext ctx,
              Map<Long, Application> apps, Notifications notifications) {
            this.notifications = notifications;
            this.em = em;
            this.parties = parties;
            this.lots = lots;
            this.postings = postings;
            this.ctx = ctx;
            this.apps = apps;
        }

        DepositMatch add(BankCredit credit) {
            Long appId = PaymentReference.parse(credit.reference()).orElse(null);
            Application app = appId == null ? null : apps.get(appId);
            Matched m = match(parties, lots, credit, app);
            credits.add(new CreditRecord(credit, m.outcome(), m.applicationId(), null, ctx.nowAt(), ctx.caller().username()));
            matchedTo.add(app);
            postings.post(posting(credit, m.outcome(), app), refs(credit, m.outcome(), app));
            if (credits.size() >= CHUNK) {
                flush();
            }
            return m.outcome();
        }

        void flush() {
            if (credits.isEmpty()) {
                return;
            }
            em.flush();
            Connection c = em.unwrap(Connection.class);
            try (var insert = c.prepareStatement("insert into bank_credit (bank_transaction_id, received_at, amount, payer_name,"
                    + " payer_account, reference, outcome, application_id, source, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 'STATEMENT', ?, ?)", new String[] {"id"})) {
                for (CreditRecord r : credits) {
                    insert.setString(1, r.getBankTransactionId());
                    insert.setObject(2, r.getReceivedAt());
                    insert.setBigDecimal(3, r.getAmount());
                    insert.setString(4, r.getPayerName());
                    insert.setString(5, r.getPayerAccount());
                    insert.setString(6, r.getReference());
                    insert.setString(7, r.getOutcome().name());
                    insert.setObject(8, r.getApplicationId(), Types.BIGINT);
                    insert.setObject(9, r.getRecordedAt());
                    insert.setString(10, ctx.caller().username());
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        CreditRecord r = credits.get(i);
                        Application app = matchedTo.get(i);
                        long id = keys.getLong(1);
                        ctx.record("BankCredit", id, "deposit." + r.getOutcome().name().toLowerCase(), r.getBankTransactionId()
                                + " " + r.getAmount().toPlainString() + " from " + r.getPayerName()
                                + (app == null ? "" : " for application " + app.getId()));
                        tell(notifications, ctx, lots, id, r.getOutcome(), app);
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("statement batch of " + credits.size() + " credits", e);
            }
            credits.clear();
            matchedTo.clear();
            postings.flush();
        }
    }
}
