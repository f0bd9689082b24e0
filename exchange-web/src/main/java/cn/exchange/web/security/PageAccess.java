package cn.exchange.web.security;

import cn.exchange.core.security.Permission;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static cn.exchange.web.security.AccessRule.PUBLIC;
import static cn.exchange.web.security.AccessRule.SIGNED_IN;
import static cn.exchange.web.security.AccessRule.permission;

/**
 * Every page of the trading hall and who may open it, in one table. A page that is not listed here is refused to
 * everyone (and a unit test fails for it), so a new page cannot slip out unprotected.
 */
public final class PageAccess {

    private static final Map<String, AccessRule> PAGES = new TreeMap<>();

    static {
        // public
        page("/index.xhtml", PUBLIC);
        page("/login.xhtml", PUBLIC);
        page("/register.xhtml", PUBLIC);
        page("/forgot-password.xhtml", PUBLIC);
        // 忘记密码 by e-mail: asking for a link, and the link's page (the token is the credential)
        page("/reset-password.xhtml", PUBLIC);
        page("/bidder/watchlist.xhtml", permission(Permission.WATCHLIST));
        page("/board.xhtml", PUBLIC);
        page("/lot.xhtml", PUBLIC);
        // the public record: every notice, and the open data explained
        page("/notices.xhtml", PUBLIC);
        page("/open-data.xhtml", PUBLIC);
        // rule 23: the hall shows bidder codes only; the bidding controls need BID and a code on the lot
        page("/hall.xhtml", PUBLIC);
        // rule 31: anyone checks a certificate by its code
        page("/verify.xhtml", PUBLIC);
        page("/error/error.xhtml", PUBLIC);
        page("/error/forbidden.xhtml", PUBLIC);
        page("/error/not-found.xhtml", PUBLIC);
        page("/error/expired.xhtml", PUBLIC);
        // everyone's own account
        page("/account/index.xhtml", permission(Permission.OWN_ACCOUNT));
        // 站内信: everyone's own notifications (Inbox binds every query to the caller's account)
        page("/account/inbox.xhtml", permission(Permission.OWN_ACCOUNT));
        // deals: a bidder's purchases, an agency's sales, every deal for staff and supervisors (object checks in DealService)
        page("/deals.xhtml", signedIn());
        page("/deal.xhtml", signedIn());
        // bidders
        page("/bidder/applications.xhtml", permission(Permission.APPLICATION_READ_OWN));
        // 模拟竞价: the bidder's own practice, never a real lot
        page("/bidder/practice.xhtml", permission(Permission.PRACTICE));
        // agencies
        page("/agency/confirmations.xhtml", permission(Permission.QUALIFICATION_CONFIRM));
        page("/agency/projects.xhtml", permission(Permission.PROJECT_READ_OWN));
        page("/agency/project.xhtml", permission(Permission.PROJECT_READ_OWN));
        page("/agency/project-new.xhtml", permission(Permission.PROJECT_EDIT));
        // staff
        page("/staff/projects.xhtml", permission(Permission.PROJECT_READ_ALL));
        page("/staff/qualification.xhtml", permission(Permission.APPLICATION_READ_ALL));
        page("/staff/deposits.xhtml", permission(Permission.LEDGER_READ));
        page("/staff/auctions.xhtml", permission(Permission.AUCTION_CONSOLE_READ));
        page("/staff/settlement.xhtml", permission(Permission.LEDGER_READ));
        page("/staff/parties.xhtml", permission(Permission.PARTY_READ));
        page("/staff/agency-new.xhtml", permission(Permission.PARTY_REVIEW));
        // rule 1: deadlines awaiting a calendar year or touched by a correction (supervisors read; CALENDAR_REVIEW marks)
        page("/staff/deadlines.xhtml", permission(Permission.PROJECT_READ_ALL));
        // supervision: read-only for every supervisor role
        page("/supervision/index.xhtml", permission(Permission.REDFLAG_READ));
        page("/supervision/trail.xhtml", permission(Permission.TRAIL_READ));
        page("/supervision/reports.xhtml", permission(Permission.REPORT_READ));
        // administrator
        page("/admin/accounts.xhtml", permission(Permission.ACCOUNT_ADMIN));
        // mails given up: addresses the administrator corrects on the accounts page
        page("/admin/mail.xhtml", permission(Permission.ACCOUNT_ADMIN));
        // rule 1: the working-day calendar, entered per year from the State Council's notice
        page("/admin/calendar.xhtml", permission(Permission.CALENDAR_ADMIN));
        // audit chain (administrator, supervisors)
        page("/audit/verify.xhtml", permission(Permission.AUDIT_VERIFY));
    }

    private PageAccess() {
    }

    private static void page(String viewId, AccessRule rule) {
        PAGES.put(viewId, rule);
    }

    public static Optional<AccessRule> of(String viewId) {
        return Optional.ofNullable(PAGES.get(viewId));
    }

    public static Map<String, AccessRule> all() {
        return Collections.unmodifiableMap(PAGES);
    }

    static AccessRule signedIn() {
        return SIGNED_IN;
    }
}
