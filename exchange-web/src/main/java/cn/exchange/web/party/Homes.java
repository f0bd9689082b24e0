package cn.exchange.web.party;

import cn.exchange.core.security.Role;

/**
 * Where each role lands after signing in: on what needs it today — a bidder its applications (deposit
 * due, qualification, the hall of a session), an agency its projects, a reviewer the parties awaiting review, an
 * operator the auction console, the settlement clerk the deposits, a supervisor the red flags.
 */
public final class Homes {

    private Homes() {
    }

    public static String of(Role role) {
        if (role == null) {
            return "/index.xhtml";
        }
        return switch (role) {
            case ADMIN -> "/admin/accounts.xhtml";
            case REVIEWER -> "/staff/parties.xhtml";
            case OPERATOR -> "/staff/auctions.xhtml";
            case SETTLEMENT -> "/staff/deposits.xhtml";
            case SUPERVISOR_SASAC, SUPERVISOR_DISCIPLINE, SUPERVISOR_AUDIT -> "/supervision/index.xhtml";
            case AGENCY -> "/agency/projects.xhtml";
            case BIDDER -> "/bidder/applications.xhtml";
        };
    }
}
