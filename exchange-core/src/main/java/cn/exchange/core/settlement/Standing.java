package cn.exchange.core.settlement;

import cn.exchange.core.settlement.Deal.Party;
import cn.exchange.core.settlement.Deal.Status;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/**
 * Where one {@link Deal} stands in its life (docs/rules.md §1.4; rules 26–33): its {@link Status}, and when it is in
 * default the status it defaulted from and why; once certified, when. Part of the deal, which asks its other parts
 * whether a step may happen and then moves it here. Its status column is never null, so JPA always loads it.
 */
@Embeddable
public class Standing {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_default", length = 12)
    private Status statusBeforeDefault;
    @Column(name = "default_reason", length = 500)
    private String defaultReason;
    @Column(name = "certified_at")
    private OffsetDateTime certifiedAt;

    protected Standing() {
    }

    Standing(Status status) {
        this.status = status;
    }

    boolean is(Status s) {
        return status == s;
    }

    void require(Status s) {
        if (status != s) {
            throw wrongStatus();
        }
    }

    ConflictException wrongStatus() {
        return new ConflictException("settlement.wrongStatus", status.name());
    }

    void moveTo(Status s) {
        status = s;
    }

    /** Rules 26, 27: a missed deadline opens a forfeiture case for staff, while signing or paying only. */
    void openDefault(String reason) {
        if (status != Status.SIGNING && status != Status.PAYING) {
            throw new ConflictException("settlement.noDefault");
        }
        statusBeforeDefault = status;
        status = Status.DEFAULTED;
        defaultReason = reason;
    }

    /** In default after a missed signing deadline (rule 26), rather than a missed payment (rules 27, 28). */
    boolean defaultedWhileSigning() {
        return status == Status.DEFAULTED && statusBeforeDefault == Status.SIGNING;
    }

    /**
     * Who is in default, or null when the deal is not: after a missed signing deadline who did not sign
     * ({@link Contract#defaulter}, rule 26), after a missed payment the buyer, who pays (rules 27, 28).
     */
    Party defaulter(Contract contract) {
        if (status != Status.DEFAULTED) {
            return null;
        }
        return statusBeforeDefault == Status.SIGNING ? contract.defaulter() : Party.BUYER;
    }

    /** Staff dismissed the default: the deal goes back to where it stood (the reason stays on record). */
    void resume() {
        status = statusBeforeDefault;
        statusBeforeDefault = null;
    }

    /**
     * Rule 31: the certificate only once paid and {@code conditionsMet} — the signed contract, the full price and both
     * sides' fees are there.
     */
    void certify(OffsetDateTime now, boolean conditionsMet) {
        if (status != Status.PAID || !conditionsMet) {
            throw new ConflictException("certificate.conditionsNotMet");
        }
        status = Status.CERTIFIED;
        certifiedAt = now;
    }

    public Status getStatus() { return status; }
    public Status getStatusBeforeDefault() { return statusBeforeDefault; }
    public String getDefaultReason() { return defaultReason; }
    public OffsetDateTime getCertifiedAt() { return certifiedAt; }
}
