package cn.exchange.core.qualification;

/**
 * What a bidder attaches to an application (意向登记材料): its identity — the business licence of an enterprise or the ID
 * document of a natural person —, a power of attorney when it acts through an agent, and the signed bidding commitment
 * letter. Which are required is {@link ApplicationDocumentRules}'.
 */
public enum ApplicationDocumentKind {
    /** 营业执照: an enterprise bidder's business licence. */
    BUSINESS_LICENCE("businessLicence"),
    /** 身份证明: a natural person's ID document. */
    ID_DOCUMENT("idDocument"),
    /** 授权委托书: the power of attorney of the agent who acts for the bidder. */
    POWER_OF_ATTORNEY("powerOfAttorney"),
    /** 竞买承诺书: the bidding commitment letter, signed (and sealed, for an enterprise). */
    COMMITMENT_LETTER("commitmentLetter");

    private final String field;

    ApplicationDocumentKind(String field) {
        this.field = field;
    }

    /** The field that names this document in forms and API errors, e.g. {@code commitmentLetter}. */
    public String field() {
        return field;
    }

    /** The message code of the document's name ({@code applicationDocument.kind.COMMITMENT_LETTER}). */
    public String label() {
        return "applicationDocument.kind." + name();
    }

    /**
     * The kind a request names, by its code ({@code COMMITMENT_LETTER}) or its field ({@code commitmentLetter});
     * refused under the field {@code kind} when absent or unknown.
     */
    public static ApplicationDocumentKind parse(String s) {
        if (s == null || s.isBlank()) {
            throw new cn.exchange.core.shared.DomainException("kind", "common.required");
        }
        for (ApplicationDocumentKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim()) || k.field.equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new cn.exchange.core.shared.DomainException("kind", "applicationDocument.unknownKind",
                s.trim().length() > 40 ? s.trim().substring(0, 40) : s.trim());
    }
}
