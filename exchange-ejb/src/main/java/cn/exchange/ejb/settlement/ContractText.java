package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.core.shared.CapitalAmount;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.ejb.documents.ContractPdf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a contract template from a deal (rule 29: the price is the deal's price, in figures and in uppercase per
 * docs/rules.md §7) and renders it: the text the parties review, and the signed original with their confirmations.
 */
final class ContractText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ContractText() {
    }

    static String number(SettlementSettings s, Lot lot) {
        return s.exchangeCode() + "HT-" + lot.getProject().getNumber() + "-" + lot.getLotNo();
    }

    static byte[] render(SettlementSettings s, Deal deal, Lot lot, Party seller, Party buyer, ContractTemplate.Kind kind,
                         PaymentPlan plan, List<ContractPdf.Signature> signatures) {
        ContractTemplate t = ContractTemplate.of(kind);
        return ContractPdf.render(s.exchangeName(), number(s, lot), t.title(), t.fill(fields(s, deal, lot, seller, buyer, plan)),
                signatures);
    }

    static Map<String, String> fields(SettlementSettings s, Deal deal, Lot lot, Party seller, Party buyer, PaymentPlan plan) {
        Map<String, String> f = new HashMap<>();
        f.put("sellerName", seller.getName());
        f.put("sellerCode", identifier(seller));
        f.put("buyerName", buyer.getName());
        f.put("buyerCode", identifier(buyer));
        f.put("exchangeName", s.exchangeName());
        f.put("projectNo", lot.getProject().getNumber() + "-" + lot.getLotNo());
        f.put("method", deal.getMethod() == FeeTable.Method.BIDDING ? "网络竞价" : "场内协议转让");
        f.put("determinedOn", DAY.format(deal.getDeterminedAt().atZoneSameInstant(ExchangeTime.ZONE)));
        f.put("appraiser", lot.getAppraiser() == null ? "评估机构" : lot.getAppraiser());
        f.put("appraisedValue", CnyFormat.figures(lot.getAppraisedValue()));
        f.put("listingPrice", CnyFormat.figures(lot.getListingPrice()));
        f.put("priceFigures", CnyFormat.figures(deal.getPrice()));
        f.put("priceWords", CapitalAmount.of(deal.getPrice()));
        f.put("deposit", CnyFormat.figures(deal.getDeposit()));
        f.put("depositWords", CapitalAmount.of(deal.getDeposit()));
        f.put("paymentReference", PaymentReference.ofDeal(deal.getId()));
        f.put("paymentTerms", paymentTerms(deal, plan));
        f.put("buyerFee", CnyFormat.figures(deal.getBuyerFee()));
        f.put("sellerFee", CnyFormat.figures(deal.getSellerFee()));
        // a deadline awaiting its year's calendar (rule 1) is stated as the rule that will fix it
        f.put("signDeadline", deal.getSignDeadline() == null
                ? "确定受让方之日起 " + s.signingWd() + " 个工作日内（截止时间待 " + s.calendar().awaitingYear(ExchangeTime.day(deal.getDeterminedAt()))
                + " 年工作日历录入后确定）"
                : MINUTE.format(deal.getSignDeadline().atZoneSameInstant(ExchangeTime.ZONE)));
        f.put("lotTitle", lot.getTitle());
        f.put("lotDescription", lot.getDescription() == null ? lot.getTitle() : lot.getDescription());
        f.put("location", lot.getLocation() == null ? "—" : lot.getLocation());
        f.put("termYears", lot.getTermYears() == null ? "—" : lot.getTermYears().toString());
        return f;
    }

    /** Rules 27, 28 in words: the lump sum, or the down payment, the parts, the interest and the guarantee. */
    static String paymentTerms(Deal deal, PaymentPlan plan) {
        BigDecimal rest = deal.getPrice().subtract(deal.getDeposit());
        if (plan.instalments() == 0) {
            return "乙方应于本合同生效之日起" + SettlementRules.PAYMENT_WD + "个工作日内，一次性支付除保证金外的剩余价款人民币 " + CnyFormat.figures(rest)
                    + " 元（大写：" + CapitalAmount.of(rest) + "）。";
        }
        BigDecimal balance = deal.getPrice().subtract(plan.downPayment());
        return "本次交易采用分期付款方式：首期价款人民币 " + CnyFormat.figures(plan.downPayment()) + " 元（大写：" + CapitalAmount.of(plan.downPayment())
                + "，不低于成交价格的百分之三十，含已转为价款的保证金），于本合同生效之日起" + SettlementRules.PAYMENT_WD
                + "个工作日内支付；其余价款人民币 " + CnyFormat.figures(balance) + " 元（大写：" + CapitalAmount.of(balance) + "）分 " + plan.instalments()
                + " 期支付，最后一期不晚于 " + DAY.format(plan.lastDueOn()) + "，未付余款按年利率 " + plan.loanRatePct().stripTrailingZeros().toPlainString()
                + "%（银行同期贷款利率）自首期价款到期日起按实际天数计付利息；乙方就其余价款提供转让方认可的担保：" + plan.guarantee()
                + "。各期金额、利息及到期日以交易机构系统生成的付款计划为准。";
    }

    static String identifier(Party p) {
        return p.getCreditCode() != null ? p.getCreditCode() : p.getResidentId();
    }

    static String minute(java.time.OffsetDateTime t) {
        return MINUTE.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }

    static java.time.LocalDate firstDue(java.time.OffsetDateTime effective, WorkingDayCalendar calendar) {
        return SettlementRules.paymentDue(ExchangeTime.day(effective), calendar);
    }
}
