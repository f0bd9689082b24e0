package cn.exchange.core.notification;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What the exchange tells a person, and in which words. Accounts store no language, so every text is Chinese first
 * with English below (the exchange's two languages). {@code {0}} is the object's name (a party, a lot), {@code {1}} a
 * detail (a reason, a bidder code); the link to the object follows each language's text.
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
    public Text render(String objectName, String detail, String link) {
        Object[] args = {objectName == null ? "" : objectName, detail == null ? "" : detail};
        String zh = format(bodyZh, args, Locale.SIMPLIFIED_CHINESE);
        String en = format(bodyEn, args, Locale.ENGLISH);
        String tail = link == null ? "" : "\n" + link;
        String subject = format(subjectZh, args, Locale.SIMPLIFIED_CHINESE) + " / " + format(subjectEn, args, Locale.ENGLISH);
        return new Text(subject.strip(), zh.strip() + tail + "\n\n" + en.strip() + tail + "\n");
    }

    private static String format(String pattern, Object[] args, Locale locale) {
        // MessageFormat treats a single quote as an escape; the texts use none, and names are arguments, not patterns
        return new MessageFormat(pattern, locale).format(args);
    }
}
