package cn.exchange.core.notification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CapitalAmount;
import cn.exchange.core.shared.CnyFormat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the exchange tells a person, and in which words. Accounts store no language, so every text is Chinese first
 * with English below (the exchange's two languages). {@code {0}} is the object's name (a party, a lot), {@code {1}} a
 * detail (a reason, a bidder code; a moment or an amount is shown in each language's way: {@link #detail}); the link to
 * the object follows each language's text.
 */
public enum NotificationKind {
    ACCOUNT_APPROVED("账户审核通过：{0}", "Account approved: {0}",
            "您的主体“{0}”已通过本所审核，现在可以使用全部功能。", "Your party \"{0}\" has been approved by the exchange; every function is now open to you."),
    ACCOUNT_REJECTED("账户审核未通过：{0}", "Account not approved: {0}",
            "您的主体“{0}”未通过本所审核。原因：{1}", "Your party \"{0}\" was not approved by the exchange. Reason: {1}"),
    APPLICATION_QUALIFIED("资格确认：{0}", "Qualified: {0}",
            "您对“{0}”的受让申请已确认为合格意向受让方，竞价号：{1}。", "Your application for \"{0}\" qualified; your bidder code is {1}."),
    APPLICATION_NOT_QUALIFIED("资格未确认：{0}", "Not qualified: {0}",
            "您对“{0}”的受让申请未获确认为合格意向受让方。{1}", "Your application for \"{0}\" did not qualify. {1}"),
    DEPOSIT_MATCHED("保证金已到账：{0}", "Deposit received: {0}",
            "您为“{0}”交纳的保证金已到账并与申请匹配。{1}", "Your deposit for \"{0}\" has arrived and matches your application. {1}"),
    DEPOSIT_NOT_MATCHED("保证金未能匹配：{0}", "Deposit not matched: {0}",
            "本所收到一笔注明您对“{0}”申请的款项，但未能作为保证金匹配：{1} 请联系本所结算部门。",
            "A payment quoting your application for \"{0}\" could not be matched as its deposit: {1} Please contact the exchange's settlement desk."),
    CONTRACT_READY("合同待签署：{0}", "Contract ready to sign: {0}",
            "“{0}”的成交已确认，产权交易合同已生成，请在 {1} 前登录签署。", "The deal for \"{0}\" is confirmed and its contract is ready: please sign it by {1}."),
    CERTIFICATE_ISSUED("交易凭证已出具：{0}", "Certificate issued: {0}",
            "“{0}”的产权交易凭证已出具，编号 {1}。", "The transaction certificate for \"{0}\" has been issued, number {1}."),
    // the auction's own events: {1} is the session's start (a moment, shown in Beijing time) or the price (an amount)
    SESSION_SCHEDULED("竞价时间：{0}", "Bidding session scheduled: {0}",
            "您已取得竞价资格的“{0}”定于{1}（北京时间）开始网络竞价，请按时登录竞价大厅。时间如有调整，本所将另行通知。",
            "The online bidding for \"{0}\", for which you qualified, starts at {1} (Beijing time). Please sign in to the"
                    + " bidding hall in time; if the time changes, you will be told again."),
    SESSION_REMINDER_DAY("竞价提醒（一天后开始）：{0}", "Reminder, bidding starts in a day: {0}",
            "“{0}”的网络竞价将于{1}（北京时间）开始，距开始约一天。", "The online bidding for \"{0}\" starts at {1} (Beijing time), in about a day."),
    SESSION_REMINDER_SOON("竞价提醒（30 分钟后开始）：{0}", "Reminder, bidding starts in 30 minutes: {0}",
            "“{0}”的网络竞价将于{1}（北京时间）开始，距开始约 30 分钟，请登录竞价大厅。",
            "The online bidding for \"{0}\" starts at {1} (Beijing time), in about 30 minutes: please sign in to the bidding hall."),
    AUCTION_WON("竞得：{0}", "You won: {0}",
            "“{0}”的网络竞价已结束，您以{1}竞得。产权交易合同生成后本所将另行通知您签署。",
            "The online bidding for \"{0}\" has closed: you won it at {1}. You will be told when its contract is ready to sign."),
    AUCTION_NOT_WON("未竞得：{0}", "Not won: {0}",
            "“{0}”的网络竞价已结束，您未竞得，成交价为{1}。", "The online bidding for \"{0}\" has closed: you did not win it. It sold at {1}."),
    AUCTION_RESULT("竞价结果：{0}", "Bidding result: {0}",
            "您挂牌转让的“{0}”网络竞价已结束，成交价为{1}。", "The online bidding for \"{0}\", which you listed, has closed: it sold at {1}."),
    PASSWORD_RESET("重设密码", "Reset your password",
            "有人为账户“{0}”申请重设密码。如是您本人，请在 30 分钟内打开下面的链接设置新密码（链接只能使用一次）；如不是，请忽略本邮件，密码不会改变。",
            "Someone asked to reset the password of the account \"{0}\". If it was you, open the link below within 30 minutes to"
                    + " choose a new password (it works once). If not, ignore this mail: the password stays as it is.");

    /** Why a deposit credit was not matched, in both languages (the detail of {@link #DEPOSIT_NOT_MATCHED}). */
    public static String depositProblem(cn.exchange.core.qualification.DepositMatch outcome) {
        return switch (outcome) {
            case WRONG_PAYER -> "付款人不是竞买人本人（规则 16）。/ The payer is not the bidder (rule 16).";
            case SHORT -> "金额少于应交保证金。/ The amount is less than the deposit.";
            case LATE -> "款项在保证金交纳截止时间之后到账。/ It arrived after the deposit deadline.";
            case ALREADY_PAID -> "该申请的保证金此前已到账，本笔将退还。/ The deposit was paid already; this payment is refunded.";
            default -> "款项未能匹配。/ The payment could not be matched.";
        };
    }

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** A rendered message: subject, and the body in both languages. */
    public record Text(String subject, String body) {
    }

    private final String subjectZh;
    private final String subjectEn;
    private final String bodyZh;
    private final String bodyEn;

    NotificationKind(String subjectZh, String subjectEn, String bodyZh, String bodyEn) {
        this.subjectZh = subjectZh;
        this.subjectEn = subjectEn;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
    }

    /**
     * The message about {@code objectName}, with {@code detail} (may be empty) and a {@code link} to the object (none
     * when null): the subject in both languages, the body Chinese first, English below.
     */
    public Text render(String objectName, Object detail, String link) {
        String name = objectName == null ? "" : objectName;
        Object[] zhArgs = {name, detail(detail, false)};
        Object[] enArgs = {name, detail(detail, true)};
        String zh = format(bodyZh, zhArgs, Locale.SIMPLIFIED_CHINESE);
        String en = format(bodyEn, enArgs, Locale.ENGLISH);
        String tail = link == null ? "" : "\n" + link;
        String subject = format(subjectZh, zhArgs, Locale.SIMPLIFIED_CHINESE) + " / " + format(subjectEn, enArgs, Locale.ENGLISH);
        return new Text(subject.strip(), zh.strip() + tail + "\n\n" + en.strip() + tail + "\n");
    }

    /**
     * A detail as each language shows it, the way the exchange's notices do ({@code listing/NoticeText}): a moment in
     * Beijing time to the minute ("2026年3月5日 17:00" / "5 March 2026, 17:00"); an amount in 元 in figures and capitals
     * ("100,000.00 元（人民币壹拾万元整）" / "CNY 100,000.00"); anything else as written.
     */
    static String detail(Object detail, boolean en) {
        if (detail == null) {
            return "";
        }
        if (detail instanceof Instant i) {
            return (en ? EN_TIME : ZH_TIME).format(ExchangeTime.inZone(i));
        }
        if (detail instanceof OffsetDateTime t) {
            return (en ? EN_TIME : ZH_TIME).format(ExchangeTime.inZone(t.toInstant()));
        }
        if (detail instanceof BigDecimal amount) {
            return en ? "CNY " + CnyFormat.figures(amount) : CnyFormat.figures(amount) + " 元（" + CapitalAmount.of(amount) + "）";
        }
        return detail.toString();
    }

    private static String format(String pattern, Object[] args, Locale locale) {
        // MessageFormat treats a single quote as an escape; the texts use none, and names are arguments, not patterns
        return new MessageFormat(pattern, locale).format(args);
    }
}
