package cn.exchange.ejb.party;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.party.PasswordPolicy;
import cn.exchange.core.security.Role;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Creates the first administrator at the first start, from configuration: user {@code exchange.admin.username}
 * (default {@code admin}) with the password {@code exchange.admin.password} (environment
 * {@code EXCHANGE_ADMIN_PASSWORD}). There is no default password anywhere in the code: without one, no administrator
 * is created and the log says how to provide it. Once an administrator exists the setting is ignored.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    /** The advisory lock under which the first administrator is created ("ADMN"). */
    private static final long LOCK = 0x4144_4d4eL;

    @Inject
    ExchangeConfig config;

    @Inject
    AccountRepository accounts;

    @EJB
    CommandExecutor executor;

    @PostConstruct
    void createFirstAdministrator() {
        if (accounts.countByRole(Role.ADMIN) > 0) {
            return;
        }
        String username = config.string("exchange.admin.username", "admin");
        String password = config.optional("exchange.admin.password").orElse(null);
        if (password == null) {
            LOG.warning("No administrator exists and no password is configured: set EXCHANGE_ADMIN_PASSWORD "
                    + "(or -Dexchange.admin.password) and restart to create the first administrator '" + username + "'.");
            return;
        }
        List<FieldProblem> problems = PasswordPolicy.check("password", password, username);
        if (!problems.isEmpty()) {
            LOG.severe("The configured administrator password is too weak (" + problems.get(0).message(Locale.ENGLISH)
                    + "); no administrator was created.");
            return;
        }
        String hash = new PasswordHasher().hash(password.toCharArray());
        // several instances start together on one database: the check above ran before the (slow) password policy and
        // hash, so it is repeated under a transaction-scoped advisory lock and only one instance creates the account
        Boolean created = executor.executeAsSystem(ctx -> {
            ctx.em().createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
            if (accounts.countByRole(Role.ADMIN) > 0) {
                ctx.nothingToRecord();
                return false;
            }
            Account admin = new Account(username, hash, Role.ADMIN, null, "系统管理员", ctx.nowAt(), "system");
            accounts.add(admin);
            ctx.em().flush();
            ctx.record("Account", admin.getId(), "account.created", "role ADMIN, user " + admin.getUsername()
                    + ", first administrator from configuration");
            return true;
        });
        if (!Boolean.TRUE.equals(created)) {
            return;
        }
        LOG.info("Created the first administrator '" + username + "'.");
    }
}
