package cn.exchange.core.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.settlement.Deal.Party;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/**
 * The contract of one {@link Deal} (rule 26): the signing deadline, the prepared contract's kind and PDF hash, each
 * side's signature, and the signed original's hash from the moment it takes effect. Part of the deal, which checks its
 * own status before it asks anything here. A deal whose deadline awaits its year's calendar and whose contract is not
 * prepared has all these columns null: the deal then reads through an empty contract and creates one only to change it.
 */
@Embeddable
public class Contract {

    /** Null while awaiting its year's calendar. */
    @Column(name = "sign_deadline")
    private OffsetDateTime signDeadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_kind", length = 20)
    private ContractTemplate.Kind contractKind;
    @Column(name = "contract_sha256", length = 64)
    private String contractSha256;
    @Column(name = "buyer_signed_at")
    private OffsetDateTime buyerSignedAt;
    @Column(name = "seller_signed_at")
    private OffsetDateTime sellerSignedAt;
    @Column(name = "signed_sha256", length = 64)
    private String signedSha256;
    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;

    protected Contract() {
    }

    Contract(OffsetDateTime signDeadline) {
        this.signDeadline = signDeadline;
    }

    /** Rule 26: neither side has signed, so staff may still prepare the contract again. */
    boolean unsigned() {
        return buyerSignedAt == null && sellerSignedAt == null;
    }

    /** The prepared (or re-prepared) contract: its kind and the PDF's hash. */
    void prepare(ContractTemplate.Kind kind, String pdfSha256) {
        contractKind = kind;
        contractSha256 = pdfSha256;
    }

    /** Rule 26: the contract is prepared, signing has not closed and {@code party} has not signed yet. */
    boolean maySign(Party party, OffsetDateTime now) {
        return contractSha256 != null && !closed(now) && signedAt(party) == null;
    }

    /**
     * {@code party} confirms the contract whose hash it was shown (rule 26); refused, unchanged, exactly when
     * {@link #maySign} is false or the hash is not the prepared one. True when both sides have now signed.
     */
    boolean sign(Party party, String shownSha256, OffsetDateTime now) {
        if (contractSha256 == null) {
            throw new ConflictException("contract.notPrepared");
        }
        if (!contractSha256.equals(shownSha256)) {
            throw new ConflictException("contract.changedSinceShown");
        }
        if (closed(now)) {
            throw new ConflictException("contract.signingClosed");
        }
        if (signedAt(party) != null) {
            throw new ConflictException("contract.alreadySignedByYou");
        }
        if (party == Party.BUYER) {
            buyerSignedAt = now;
        } else {
            sellerSignedAt = now;
        }
        return buyerSignedAt != null && sellerSignedAt != null;
    }

    /** Both signed: the signed PDF's hash and the moment the contract took effect. */
    void takeEffect(String signedPdfSha256, OffsetDateTime now) {
        signedSha256 = signedPdfSha256;
        effectiveAt = now;
    }

    boolean effective() {
        return effectiveAt != null;
    }

    /**
     * The signing deadline: once its year's calendar is there, or a new one when staff dismiss a default. A deal opened
     * while its deadline's year was not entered yet awaits it; until then signing is open and nobody can be late.
     */
    void signBy(OffsetDateTime deadline) {
        signDeadline = deadline;
    }

    /**
     * Rule 26: why the contract is in default at {@code now} — unsigned by a side at its deadline, naming who is in
     * default — or null. A deadline still awaiting its year's calendar has not passed.
     */
    String lateSigning(OffsetDateTime now) {
        if (!closed(now)) {
            return null;
        }
        String by = "签署期限 " + ExchangeTime.display(signDeadline.toInstant()) + " 前签署合同（规则26）";
        if (unsigned()) {
            return "受让方（乙方）与转让方（甲方）均未在" + by + "：受让方违约，保证金可予没收";
        }
        if (buyerSignedAt == null) {
            return "受让方（乙方）未在" + by + "，转让方已签署：受让方违约，保证金可予没收";
        }
        return "转让方（甲方）未在" + by + "，受让方已签署：转让方违约，受让方保证金不予没收";
    }

    /**
     * Rule 26: who did not sign by the deadline — the transferor when the buyer signed and it did not; otherwise the
     * buyer, also when neither signed (its deposit answers for its own failure, whatever the transferor did).
     * <p>
     * The transferor's failure to sign never costs the buyer its deposit ({@link Deal#forfeit} refuses). Forfeiture is a
     * sanction on the bidder who paid the deposit, for its own conduct: every forfeiture case docs/rules.md §1.4 lists
     * from real announcements (withdrawal, no valid bid, refusing to take part, not signing the result confirmation or
     * contract within 3/5 WD, late price or fees, false documents) is the bidder's, and rules 26 and 33 flag and forfeit
     * the deposit of the defaulter — only the buyer has one. The transferor paid no deposit and no rule in docs/rules.md
     * lets the exchange take money from it: its default is a case for staff (the reason names the transferor), who give
     * it a new signing deadline ({@link Deal#dismissDefault}) or take it up under the announcement, the contract's
     * liability clause and the law. Meanwhile the buyer's deposit stays the buyer's, on this deal's account.
     */
    Party defaulter() {
        return buyerSignedAt != null && sellerSignedAt == null ? Party.SELLER : Party.BUYER;
    }

    private boolean closed(OffsetDateTime now) {
        return signDeadline != null && now.isAfter(signDeadline);
    }

    private OffsetDateTime signedAt(Party party) {
        return party == Party.BUYER ? buyerSignedAt : sellerSignedAt;
    }

    public OffsetDateTime getSignDeadline() { return signDeadline; }
    public ContractTemplate.Kind getContractKind() { return contractKind; }
    public String getContractSha256() { return contractSha256; }
    public OffsetDateTime getBuyerSignedAt() { return buyerSignedAt; }
    public OffsetDateTime getSellerSignedAt() { return sellerSignedAt; }
    public String getSignedSha256() { return signedSha256; }
    public OffsetDateTime getEffectiveAt() { return effectiveAt; }
}
