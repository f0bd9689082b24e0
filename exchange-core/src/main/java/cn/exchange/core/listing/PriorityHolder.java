package cn.exchange.core.listing;

import cn.exchange.core.party.CreditCode;
import cn.exchange.core.party.ResidentId;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A holder of the priority purchase right (优先购买权) on a lot, as the transferring agency names it and the exchange's
 * reviewer confirms it (docs/rules.md §1.7, rule 24). The law grants the right on the transfer of a limited company's
 * equity to its other shareholders (Company Law Art. 84, 2023; Art. 71 before), so holders are named only on lots of
 * {@link TransactionType#EQUITY_TRANSFER}. Each holder has a name, an identifier (unified social credit code or resident
 * ID, GB 32100 / GB 11643), a rank (1 first: rank 1 beats rank 2 at an equal price) and the reference of the document the
 * right rests on (articles of association, shareholders' agreement, the shareholders' written replies of Luohe's
 * practice). The list is part of the lot's terms: it is named and confirmed before the announcement is published and
 * then frozen with it (rule 10). A bidder's claim is matched to a confirmed holder by the applicant party's identifier
 * ({@link #rankOf}), never by the tick alone.
 */
@Entity
@Table(name = "priority_holder")
@NamedQuery(name = "PriorityHolder.ofLot",
        query = "select h from PriorityHolder h"
                + " where h.lotId = :lot"
                + " order by h.rank, h.id")
public class PriorityHolder {

    /** The lowest rank a lot may give (rank 1 is the first). */
    public static final int MAX_RANK = 99;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 18)
    private String identifier;

    @Column(name = "holder_rank", nullable = false)
    private int rank;

    @Column(name = "basis_ref", nullable = false, length = 200)
    private String basisRef;

    @Column(name = "named_at", nullable = false)
    private OffsetDateTime namedAt;

    @Column(name = "named_by", nullable = false, length = 100)
    private String namedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    protected PriorityHolder() {
    }

    private PriorityHolder(long lotId, String name, String identifier, int rank, String basisRef, OffsetDateTime now, String by) {
        this.lotId = lotId;
        this.name = name;
        this.identifier = identifier;
        this.rank = rank;
        this.basisRef = basisRef;
        this.namedAt = now;
        this.namedBy = by;
    }

    /**
     * The agency names a holder on {@code lot}: only where the law grants the right (equity transfer), only while the
     * lot's terms may change (before publication, rule 10); every field is checked and all problems are reported at once.
     *
     * @param others the holders already named on the lot (an identifier is named once)
     */
    public static PriorityHolder name(Lot lot, String name, String identifier, Integer rank, String basisRef,
                                      Collection<PriorityHolder> others, OffsetDateTime now, String by) {
        requireGranted(lot);
        requireEditable(lot);
        List<FieldProblem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(FieldProblem.of("name", "common.required"));
        } else if (n.length() > 200) {
            problems.add(FieldProblem.of("name", "priority.tooLong", 200));
        }
        String id = identifier(identifier, now);
        if (id == null) {
            problems.add(FieldProblem.of("identifier", "priority.identifier"));
        } else if (others.stream().anyMatch(h -> h.identifier.equals(id))) {
            problems.add(FieldProblem.of("identifier", "priority.duplicate"));
        }
        if (rank == null || rank < 1 || rank > MAX_RANK) {
            problems.add(FieldProblem.of("rank", "priority.rank", MAX_RANK));
        }
        String basis = basisRef == null ? "" : basisRef.strip();
        if (basis.isEmpty()) {
            problems.add(FieldProblem.of("basisRef", "common.required"));
        } else if (basis.length() > 200) {
            problems.add(FieldProblem.of("basisRef", "priority.tooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new PriorityHolder(lot.getId(), n, id, rank, basis, now, by);
    }

    /** The reviewer confirms the holder against its basis document, before publication (rule 10). */
    public void confirm(Lot lot, OffsetDateTime now, String by) {
        requireEditable(lot);
        if (confirmedAt != null) {
            throw new ConflictException("priority.alreadyConfirmed");
        }
        confirmedAt = now;
        confirmedBy = by;
    }

    /** Publication freezes the list: every named holder must have been confirmed by then (rule 10). */
    public static void requireAllConfirmed(Lot lot, Collection<PriorityHolder> holders) {
        long open = holders.stream().filter(h -> !h.isConfirmed()).count();
        if (open > 0) {
            throw new DomainException("holders", "priority.unconfirmed", lot.label(), open);
        }
    }

    /**
     * Rule 24: the rank a bidder's claim carries. No claim: none. A claim is granted only when the applicant party's
     * identifier (credit code or resident ID) is that of a confirmed holder of the lot; otherwise it is refused, the
     * field named — a tick alone proves nothing.
     *
     * @return the holder's rank, or {@code null} when the bidder does not claim the right
     */
    public static Integer rankOf(boolean claimed, String applicantIdentifier, Collection<PriorityHolder> holders) {
        if (!claimed) {
            return null;
        }
        String id = applicantIdentifier == null ? "" : CreditCode.normalise(applicantIdentifier);
        return holders.stream().filter(h -> h.isConfirmed() && h.identifier.equals(id)).map(h -> h.rank).findFirst()
                .orElseThrow(() -> new DomainException("priorityRight", "priority.notAHolder"));
    }

    /** The law grants the right on the transfer of a company's equity (Company Law Art. 84); on other lots it is refused. */
    /** 事后行权: the shortest and longest match period a lot may set, and the default. */
    public static final int MIN_MATCH_SECONDS = 5;
    public static final int MAX_MATCH_SECONDS = 86_400;
    public static final int DEFAULT_MATCH_SECONDS = 300;

    /**
     * Rule 24 (docs/rules.md §1.7, SUAEE's modes), the one place it is decided: the agency chooses how its equity lot's
     * holders exercise the right, before publication — in the auction, or after it (事后行权: they do not bid and may
     * match the outsiders' final price within {@code matchSeconds}, default [300 s], 5 s to a day). 事后行权 needs an
     * ascending auction (a final price everyone saw); the choice is published with the announcement and frozen with it.
     */
    public static void chooseExercise(Lot lot, PriorityExercise mode, Integer matchSeconds) {
        requireGranted(lot);
        requireEditable(lot);
        if (mode == null) {
            throw new DomainException("mode", "common.required");
        }
        if (mode == PriorityExercise.AFTER_AUCTION && lot.getBiddingMethod() != BiddingMethod.ONLINE_ASCENDING) {
            throw new DomainException("mode", "priority.afterNeedsAscending");
        }
        Integer seconds = mode == PriorityExercise.IN_AUCTION ? null : matchSeconds == null ? DEFAULT_MATCH_SECONDS : matchSeconds;
        if (seconds != null && (seconds < MIN_MATCH_SECONDS || seconds > MAX_MATCH_SECONDS)) {
            throw new DomainException("matchSeconds", "priority.matchSeconds", MIN_MATCH_SECONDS, MAX_MATCH_SECONDS);
        }
        lot.sale().priorityExercise(mode, seconds);
    }

    static void requireGranted(Lot lot) {
        Category c = lot.getProject().getCategory();
        if (c.transactionType() != TransactionType.EQUITY_TRANSFER) {
            throw new DomainException("category", "priority.notGranted", c.zh());
        }
    }

    private static void requireEditable(Lot lot) {
        if (!lot.isEditable()) {
            throw new DomainException("holders", "priority.frozen");
        }
    }

    /** A valid credit code or resident ID, normalised; {@code null} when it is neither. */
    private static String identifier(String input, OffsetDateTime now) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String code = CreditCode.normalise(input);
        if (CreditCode.check(code) == CreditCode.Verdict.VALID) {
            return code;
        }
        return ResidentId.check(code, cn.exchange.core.calendar.ExchangeTime.day(now)).isEmpty() ? code : null;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() { return id; }
    public long getLotId() { return lotId; }
    public String getName() { return name; }
    public String getIdentifier() { return identifier; }
    public int getRank() { return rank; }
    public String getBasisRef() { return basisRef; }
    public OffsetDateTime getNamedAt() { return namedAt; }
    public String getNamedBy() { return namedBy; }
    public OffsetDateTime getConfirmedAt() { return confirmedAt; }
    public String getConfirmedBy() { return confirmedBy; }
}
