package cn.exchange.core.supervision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The red-flag rules supervisors watch, each with its evidence. Every rule can be switched off by
 * configuration ({@link Settings#disabled}); the thresholds are settings too. Pure: a {@link LotRecord} in, flags out.
 */
public final class RedFlags {

    /** The rules. */
    public enum Kind {
        /** 成交价低于评估值. */
        DEAL_BELOW_VALUATION,
        /** 挂牌价低于评估值 90% 且无批准文件 (rule 7). */
        LISTED_BELOW_90_WITHOUT_APPROVAL,
        /** 公告期短于规定 (rules 2–5). */
        SHORT_ANNOUNCEMENT,
        /** 评估报告超过一年 (rule 12). */
        STALE_VALUATION,
        /** 披露期间变更受让条件. */
        CONDITIONS_CHANGED,
        /** 多人报名、仅一人合格. */
        SINGLE_QUALIFIED_OF_MANY,
        /** 报名人之间联系方式、付款账户、IP 或关联关系相同. */
        SHARED_APPLICANT_DETAILS,
        /** 同一 IP 使用多个竞买号报价. */
        SAME_IP_DIFFERENT_CODES,
        /** 竞得人违约. */
        WINNER_DEFAULTED,
        /** 合同逾期未签. */
        CONTRACT_OVERDUE,
        /** 价款逾期未付. */
        PAYMENT_OVERDUE,
        /** 保证金逾期未退. */
        REFUND_OVERDUE,
        /** 人工干预（证照校验豁免、暂停/恢复竞价等）. */
        MANUAL_OVERRIDE
    }

    /** One raised flag: the rule, the lot, and what in the record raised it. */
    public record Flag(Kind kind, long lotId, String projectNumber, String title, String evidence) {
    }

    /**
     * @param disabled            rules switched off
     * @param listingFloorShare   rule 7's share of the valuation [0.90]
     * @param valuationMaxDays    rule 12's age of a valuation at listing [365 days]
     */
    public record Settings(Set<Kind> disabled, BigDecimal listingFloorShare, int valuationMaxDays) {
        public static final Settings DEFAULTS = new Settings(EnumSet.noneOf(Kind.class), new BigDecimal("0.90"), 365);
    }

    private RedFlags() {
    }

    public static List<Flag> of(LotRecord r, Settings s) {
        List<Flag> out = new ArrayList<>();
        LotFacts f = r.facts();
        if (f.sold() && f.dealPrice().compareTo(f.valuation()) < 0) {
            add(out, s, Kind.DEAL_BELOW_VALUATION, f, "成交价 " + f.dealPrice().toPlainString() + " 元低于评估值 "
                    + f.valuation().toPlainString() + " 元");
        }
        if (f.listingPrice().compareTo(f.valuation().multiply(s.listingFloorShare())) < 0 && !r.priceApproval()) {
            add(out, s, Kind.LISTED_BELOW_90_WITHOUT_APPROVAL, f, "挂牌价 " + f.listingPrice().toPlainString() + " 元低于评估值的 "
                    + s.listingFloorShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%，未附批准文件");
        }
        if (r.announcedWd() != null && r.announcedWd() < r.requiredWd()) {
            add(out, s, Kind.SHORT_ANNOUNCEMENT, f, "公告 " + r.announcedWd() + " 个工作日，规定不少于 " + r.requiredWd() + " 个工作日");
        }
        if (r.valuationBaseDate() != null && f.listedOn() != null
                && r.valuationBaseDate().plusDays(s.valuationMaxDays()).isBefore(f.listedOn())) {
            add(out, s, Kind.STALE_VALUATION, f, "评估基准日 " + r.valuationBaseDate() + "，挂牌日 " + f.listedOn() + "，超过 "
                    + s.valuationMaxDays() + " 天");
        }
        if (r.conditionAmendments() > 0) {
            add(out, s, Kind.CONDITIONS_CHANGED, f, "披露期间 " + r.conditionAmendments() + " 次变更受让条件");
        }
        if (f.applications() >= 2 && f.qualified() == 1) {
            add(out, s, Kind.SINGLE_QUALIFIED_OF_MANY, f, f.applications() + " 人报名，仅 1 人合格");
        }
        List<String> shared = new ArrayList<>();
        new java.util.TreeMap<>(r.applicantSignals()).forEach((app, signals) -> {
            if (!signals.isEmpty()) {
                shared.add("报名 " + app + "：" + String.join("；", signals));
            }
        });
        if (!shared.isEmpty()) {
            add(out, s, Kind.SHARED_APPLICANT_DETAILS, f, String.join(" | ", shared));
        }
        for (Map.Entry<String, Set<String>> e : r.codesByBidIp().entrySet()) {
            if (e.getValue().size() >= 2) {
                add(out, s, Kind.SAME_IP_DIFFERENT_CODES, f, "IP " + e.getKey() + " 使用竞买号 " + String.join("、", new java.util.TreeSet<>(e.getValue()))
                        + " 报价");
            }
        }
        if ("DEFAULTED".equals(r.dealStatus()) || "FORFEITED".equals(r.dealStatus())) {
            add(out, s, Kind.WINNER_DEFAULTED, f, "成交项目状态：" + ("DEFAULTED".equals(r.dealStatus()) ? "竞得人违约待处理" : "保证金已扣除"));
        }
        if (r.contractOverdue()) {
            add(out, s, Kind.CONTRACT_OVERDUE, f, "合同未在签署期限内签署");
        }
        if (r.paymentOverdue()) {
            add(out, s, Kind.PAYMENT_OVERDUE, f, "价款未按付款计划到账");
        }
        if (r.overdueRefunds() > 0) {
            add(out, s, Kind.REFUND_OVERDUE, f, r.overdueRefunds() + " 笔保证金退款逾期未付");
        }
        for (String o : r.manualOverrides()) {
            add(out, s, Kind.MANUAL_OVERRIDE, f, o);
        }
        return out;
    }

    private static void add(List<Flag> out, Settings s, Kind k, LotFacts f, String evidence) {
        if (!s.disabled().contains(k)) {
            out.add(new Flag(k, f.lotId(), f.projectNumber(), f.title(), evidence));
        }
    }
}
