package cn.exchange.core.shared;

/** The request arrived after the object moved on (changed by someone else, or already in a later state). */
public class ConflictException extends DomainException {

    public ConflictException(String code, Object... args) {
        super(null, code, args);
    }
}
