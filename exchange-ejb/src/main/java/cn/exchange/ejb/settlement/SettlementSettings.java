package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.ejb.calendar.CalendarStore;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/**
 * The configurable values of settlement (README, configuration table), read once per use from MicroProfile Config:
 * which fee table applies, the signing and refund deadlines in working days (rule 26, docs/rules.md §1.4), the default
 * bank-loan rate for instalments, the exchange's settlement account shown in payment instructions, and the public
 * address printed in certificates' QR codes.
 */
@ApplicationScoped
public class SettlementSettings {

    @Inject
    ExchangeConfig config;

    @Inject
    CalendarStore calendars;

    @Inject
    cn.exchange.ejb.listing.ListingSettingsProducer listing;

    public FeeTable feeTable() {
        return FeeTable.named(config.string("exchange.fees.table", "CHANGSHA"));
    }

    /** Rule 26: [5] working days, 3 under the 2009 rules. */
    public int signingWd() {
        return config.integer("exchange.settlement.signing-wd", SettlementRules.SIGNING_WD);
    }

    /** Docs/rules.md §1.4: losing deposits back within [3] working days of the result. */
    public int refundWd() {
        return config.integer("exchange.settlement.refund-wd", SettlementRules.REFUND_WD);
    }

    /** The one-year LPR as the default bank-loan rate for instalments, in percent [3.0]. */
    public BigDecimal loanRatePct() {
        return new BigDecimal(config.string("exchange.settlement.loan-rate-pct", "3.0"));
    }

    public String exchangeName() {
        return config.string("exchange.name.zh", "东湖产权交易所");
    }

    /** The prefix of contract and certificate numbers, as of project numbers (docs/rules.md §9). */
    public String exchangeCode() {
        return listing.exchangeCode();
    }

    public String accountName() {
        return config.string("exchange.settlement.account-name", "东湖产权交易所有限公司交易资金结算专户");
    }

    public String accountBank() {
        return config.string("exchange.settlement.account-bank", "中国建设银行东湖支行");
    }

    public String accountNumber() {
        return config.string("exchange.settlement.account-number", "4405 0162 0000 0000 0888");
    }

    /** The public verification page's address, printed on certificates. */
    public String verifyUrl() {
        String base = config.string("exchange.public-url", "http://localhost:" + config.string("exchange.http.port", "8080"));
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify.xhtml";
    }

    /**
     * The listing rules' values: the result notice (rule 30) counts its period as an announcement does, with the same
     * end-of-day time ({@code exchange.listing.end-of-day}).
     */
    public cn.exchange.core.listing.ListingSettings listingSettings() {
        return listing.settings();
    }

    /** The working-day calendar in force (rule 1), as entered by the administrator. */
    public WorkingDayCalendar calendar() {
        return calendars.current();
    }
}
