package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.settlement.SettlementRules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Whether a deal is in default at {@code now} (rules 26–28), and why — in the words the forfeiture case shows. */
final class Defaults {

    private Defaults() {
    }

    static String reason(Deal d, OffsetDateTime now, WorkingDayCalendar calendar) {
        if (d.getStatus() == Deal.Status.SIGNING && now.isAfter(d.getSignDeadline())) {
            return "合同未在签署期限 " + ContractText.minute(d.getSignDeadline()) + " 前由双方签署（规则26）";
        }
        if (d.getStatus() != Deal.Status.PAYING || d.getEffectiveAt() == null) {
            return null;
        }
        BigDecimal dueSoFar = BigDecimal.ZERO;
        for (PaymentPlan.Due due : d.plan().schedule(d.getPrice(), ExchangeTime.day(d.getEffectiveAt()), calendar)) {
            OffsetDateTime cutOff = due.dueOn().atTime(SettlementRules.CUT_OFF).atZone(ExchangeTime.ZONE).toOffsetDateTime();
            if (!now.isAfter(cutOff)) {
                break;
            }
            dueSoFar = dueSoFar.add(due.total());
            if (d.getPriceReceived().compareTo(dueSoFar) < 0) {
                return "第 " + due.no() + " 期价款（到期日 " + due.dueOn() + "，累计应付 " + ContractText.money(dueSoFar) + " 元）逾期未付，已付 "
                        + ContractText.money(d.getPriceReceived()) + " 元（规则27/28）";
            }
        }
        return null;
    }
}
