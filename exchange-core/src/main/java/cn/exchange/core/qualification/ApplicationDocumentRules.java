package cn.exchange.core.qualification;

import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 38 (docs/rules.md): the documents of an application. Every application needs the signed bidding commitment
 * letter; an enterprise bidder its business licence, a natural person its ID document; an application made through an
 * agent the power of attorney. An application may be saved without them, but staff cannot find it qualified while one
 * is missing. Each file is checked on its bytes as a lot's documents are ({@link DocumentRules}: PDF, JPEG or PNG, at
 * most 10 MB), the problem named by the document's field.
 */
public final class ApplicationDocumentRules {

    private ApplicationDocumentRules() {
    }

    /** The documents an application of a bidder of {@code kind} must carry before it can be found qualified. */
    public static Set<ApplicationDocumentKind> required(PartyKind kind, boolean throughAgent) {
        Set<ApplicationDocumentKind> r = EnumSet.of(ApplicationDocumentKind.COMMITMENT_LETTER,
                kind == PartyKind.PERSON_BIDDER ? ApplicationDocumentKind.ID_DOCUMENT : ApplicationDocumentKind.BUSINESS_LICENCE);
        if (throughAgent) {
            r.add(ApplicationDocumentKind.POWER_OF_ATTORNEY);
        }
        return r;
    }

    /**
     * What a bidder of {@code kind} may attach: its required documents and a power of attorney — never the other
     * kind of bidder's identity document (a person has no business licence).
     */
    public static Set<ApplicationDocumentKind> allowed(PartyKind kind) {
        return required(kind, true);
    }

    /** The required documents not among {@code present}, in the order of {@link ApplicationDocumentKind}. */
    public static List<ApplicationDocumentKind> missing(PartyKind kind, boolean throughAgent, Collection<ApplicationDocumentKind> present) {
        List<ApplicationDocumentKind> out = new ArrayList<>();
        for (ApplicationDocumentKind k : required(kind, throughAgent)) {
            if (!present.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Refuses a qualified opinion while a required document is missing, naming each one (field: the document's). */
    public static void requireComplete(PartyKind kind, boolean throughAgent, Collection<ApplicationDocumentKind> present) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ApplicationDocumentKind k : missing(kind, throughAgent, present)) {
            problems.add(FieldProblem.of(k.field(), "applicationDocument.missing", k.label()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    /**
     * Checks one file for an application of a bidder of {@code bidder}: a kind it may attach, and the bytes as
     * {@link DocumentRules#check} does; every problem is named by the document's field (e.g. {@code commitmentLetter}).
     */
    public static DocumentRules.Checked check(PartyKind bidder, ApplicationDocumentKind kind, String filename, byte[] content) {
        if (kind == null) {
            throw new DomainException("kind", "common.required");
        }
        if (!allowed(bidder).contains(kind)) {
            throw new DomainException("kind", "applicationDocument.kindNotForBidder", kind.label());
        }
        try {
            return DocumentRules.check(filename, content);
        } catch (DomainException e) {
            throw about(kind, e);
        }
    }

    /**
     * A refusal of a file ({@link DocumentRules}' {@code document.*} codes) said of this document, under its field:
     * "竞买承诺书：只接受 PDF、JPEG 或 PNG 文件……". A kind that is null leaves the refusal as it is.
     */
    public static DomainException about(ApplicationDocumentKind kind, DomainException e) {
        if (kind == null) {
            return e;
        }
        return new DomainException(e.problems().stream().map(p -> {
            if (!p.code().startsWith("document.")) {
                return p.withField(kind.field());
            }
            List<Object> args = new ArrayList<>(List.of(kind.label()));
            args.addAll(p.args());
            return new FieldProblem(kind.field(), "applicationDocument." + p.code().substring("document.".length()), args);
        }).toList());
    }
}
