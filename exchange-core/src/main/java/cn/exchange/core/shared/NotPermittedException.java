package cn.exchange.core.shared;

/** The caller's role does not allow the action, or the object is not the caller's own. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String action) {
        super(null, "common.notPermitted", action);
    }
}
