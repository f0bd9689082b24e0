package cn.exchange.core.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts on the exchange. Each account has exactly one role; the groups {@link #STAFF} and {@link #SUPERVISORS}
 * name the exchange's staff and the three supervising bodies.
 */
public enum Role {
    /** 系统管理员: manages accounts; cannot bid, approve or edit transactions. */
    ADMIN,
    /** 转让方/委托方: a transferring agency's user; sees and edits only its own projects. */
    AGENCY,
    /** 意向受让方/竞买人: a bidder, enterprise or natural person. */
    BIDDER,
    /** 审核员: accepts projects, publishes announcements, reviews parties and applications. */
    REVIEWER,
    /** 交易组织员: schedules and runs auctions, changes listings, prepares contracts, issues certificates. */
    OPERATOR,
    /** 结算专员: bank statements, deposits, refunds, fees and payouts. */
    SETTLEMENT,
    /** 国资监管: the state-asset regulator; reads everything, changes nothing. */
    SUPERVISOR_SASAC,
    /** 纪检监察: discipline inspection; reads everything, changes nothing. */
    SUPERVISOR_DISCIPLINE,
    /** 审计: audit; reads everything, changes nothing. */
    SUPERVISOR_AUDIT;

    public static final Set<Role> STAFF = EnumSet.of(REVIEWER, OPERATOR, SETTLEMENT);
    public static final Set<Role> SUPERVISORS = EnumSet.of(SUPERVISOR_SASAC, SUPERVISOR_DISCIPLINE, SUPERVISOR_AUDIT);

    /** The container group every staff account also belongs to. */
    public static final String GROUP_STAFF = "STAFF";
    /** The container group every supervisor account also belongs to. */
    public static final String GROUP_SUPERVISOR = "SUPERVISOR";

    public boolean isStaff() {
        return STAFF.contains(this);
    }

    public boolean isSupervisor() {
        return SUPERVISORS.contains(this);
    }

    /** The groups the container knows this role by: its own name, plus STAFF or SUPERVISOR. */
    public Set<String> groups() {
        Set<String> g = new java.util.LinkedHashSet<>();
        g.add(name());
        if (isStaff()) {
            g.add(GROUP_STAFF);
        }
        if (isSupervisor()) {
            g.add(GROUP_SUPERVISOR);
        }
        return g;
    }
}
