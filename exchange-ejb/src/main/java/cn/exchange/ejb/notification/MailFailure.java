package cn.exchange.ejb.notification;

/** A mail the SMTP server did not take: permanent (a 5xx refusal, a malformed address) or worth trying again. */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
