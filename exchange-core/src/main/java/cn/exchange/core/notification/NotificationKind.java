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
    PASSWORD_RESET("重设密码", "Reset your password",
            "有人为账户“{0}”申请重设密码。如是您本人，请在 30 分钟内打开下面的链接设置新密码（链接只能使用一次）；如不是，请忽略本邮件，密码不会改变。",
            "Someone asked to reset the password of the account \"{0}\". If it was you, open the link below within 30 minutes to"
                    + " choose a new password (it works once). If not, ignore this mail: the password stays as it is.");

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
