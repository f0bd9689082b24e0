package cn.exchange.web.party;

import cn.exchange.core.security.Role;

/** Where each role lands after signing in. */
public final class Homes {

    private Homes() {
    }

    public static String of(Role role) {
        if (role == null) {
            return "/index.xhtml";
        }
        return switch (role) {
            case ADMIN -> "/admin/accounts.xhtml";
            case REVIEWER, OPERATOR, SETTLEMENT -> "/staff/parties.xhtml";
            case SUPERVISOR_SASAC, SUPERVISOR_DISCIPLINE, SUPERVISOR_AUDIT -> "/audit/verify.xhtml";
            case AGENCY, BIDDER -> "/account/index.xhtml";
        };
    }
}
