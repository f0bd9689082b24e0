package cn.exchange.ejb.demo;

import cn.exchange.core.party.Party;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data for a newcomer's first start ({@code exchange.demo=true}, which the launcher sets): a staff member of every
 * duty, the three supervisors, agencies and bidders (password {@code exchange.demo.password}), and projects in every
 * category and listing status, dated relative to today so the board is alive whenever it is started. Loaded once per
 * database (a PostgreSQL advisory lock and a marker row make that true with several instances starting together),
 * through the same aggregates and the same audited command path as real work. This bean holds the load and its order;
 * the people are made by {@link DemoParties}, the projects and lots by {@link DemoProjects}, the later stages by
 * {@link DemoStages} and what supervisors look at by {@link DemoHistory}.
 */
@Startup
@Singleton
@DependsOn("AdminBootstrap")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final long LOCK = 0x4445_4d4fL;

    @Inject
    ExchangeConfig config;

    @EJB
    CommandExecutor executor;

    @EJB
    cn.exchange.ejb.auction.AuctionService auctions;

    @EJB
    DemoDeals demoDeals;

    @EJB
    cn.exchange.ejb.auction.DemoSessions demoSessions;

    @Inject
    ListingSettingsProducer rules;

    @EJB
    cn.exchange.ejb.qualification.QualificationService qualification;

    @Inject
    cn.exchange.ejb.calendar.PendingDeadlines pending;

    @PostConstruct
    void load() {
        if (!config.flag("exchange.demo", false)) {
            return;
        }
        String password = config.optional("exchange.demo.password").orElse(null);
        if (password == null) {
            LOG.warning("exchange.demo is on but exchange.demo.password is not set: no demo data loaded.");
            return;
        }
        String hash = new PasswordHasher().hash(password.toCharArray());
        Integer lots = executor.executeAsSystem(ctx -> {
            EntityManager em = ctx.em();
            em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
            if (!em.createNativeQuery("select 1 from exchange_setting where key = 'demo.loaded'").getResultList().isEmpty()) {
                ctx.nothingToRecord();
                return null;
            }
            int n = create(ctx, hash);
            em.createNativeQuery("insert into exchange_setting (key, value) values ('demo.loaded', ?1)")
                    .setParameter(1, ctx.nowAt().toString()).executeUpdate();
            return n;
        });
        if (lots != null) {
            LOG.info("Demo data loaded: " + lots + " lots; demo accounts reviewer, operator, settlement, sasac, discipline, "
                    + "audit, agency1-4, bidder1-3 (password: exchange.demo.password).");
        }
    }

    private int create(CommandContext ctx, String hash) {
        DemoProjects projects = new DemoProjects(rules, ctx.today());
        DemoParties parties = DemoParties.create(ctx, hash);
        List<Party> agencies = parties.agencies();
        List<Party> bidders = parties.bidders();
        int lots = 0;
        // every category; publication dates relative to today so that most announcements are running
        lots += projects.everyCategory(ctx, agencies);
        // one of each other status
        lots += projects.everyStatus(ctx, agencies);
        // qualification in every stage
        DemoStages stages = new DemoStages(projects, auctions, demoDeals, qualification, pending);
        lots += stages.create(ctx, agencies, bidders);
        // what supervisors look at — a past session with a pause, shared IPs; a migrated legacy record; overdue deals
        lots += new DemoHistory(projects, stages, auctions, demoSessions, demoDeals, rules).create(ctx, agencies, bidders);
        return lots;
    }

    /**
     * A demo lot that stays as it is because a rule refused the step (typically an announcement ending in a year whose
     * calendar has not been entered: the staff banner says which year). Logged, never an error: the rest loads.
     */
    static void notLoaded(String title, DomainException e) {
        LOG.warning("demo lot '" + title + "' left unpublished or as it is: " + e.getMessage());
    }
}
