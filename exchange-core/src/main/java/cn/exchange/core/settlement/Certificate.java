package cn.exchange.core.settlement;

import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Random;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The transaction certificate (产权交易凭证, docs/rules.md §1.6, rule 31): the fields CBEX lists, a unique number, a
 * verification code anyone can check. Never edited (the table refuses UPDATE and DELETE): a reissue is a new row, the
 * next version of the same number, linking to the one it supersedes; a certificate is valid while no later version
 * exists.
 */
@Entity
@Table(name = "certificate")
@NamedQueries({
        @NamedQuery(name = "Certificate.byVerificationCode",
                query = "select c from Certificate c"
                        + " where c.verificationCode = :v"),
        @NamedQuery(name = "Certificate.byPdfSha256",
                query = "select c from Certificate c"
                        + " where c.pdfSha256 = :s"),
        @NamedQuery(name = "Certificate.ofDeal",
                query = "select x from Certificate x"
                        + " where x.dealId = :d"
                        + " order by x.versionNo"),
        @NamedQuery(name = "Certificate.ofDealNewestFirst",
                query = "select c from Certificate c"
                        + " where c.dealId = :d"
                        + " order by c.versionNo desc")
})
public class Certificate {

    /** Unambiguous characters for the verification code (no 0/O, 1/I/L). */
    private static final String CODE_CHARS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 32)
    private String number;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(name = "supersedes_id")
    private Long supersedesId;
    @Column(name = "reissue_reason", length = 500)
    private String reissueReason;
    @Column(name = "deal_id", nullable = false)
    private long dealId;
    @Column(name = "verification_code", nullable = false, unique = true, length = 19)
    private String verificationCode;
    @Column(name = "project_number", nullable = false, length = 32)
    private String projectNumber;
    @Column(name = "object_name", nullable = false, length = 300)
    private String objectName;
    @Column(name = "seller_name", nullable = false, length = 200)
    private String sellerName;
    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;
    @Column(name = "seller_broker", length = 200)
    private String sellerBroker;
    @Column(name = "buyer_broker", length = 200)
    private String buyerBroker;
    @Column(nullable = false, length = 40)
    private String method;
    @Column(name = "appraised_value", precision = 15, scale = 2)
    private BigDecimal appraisedValue;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal price;
    @Column(name = "payment_method", nullable = false, length = 200)
    private String paymentMethod;
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;
    @Column(name = "listing_start")
    private LocalDate listingStart;
    @Column(name = "listing_end")
    private LocalDate listingEnd;
    @Column(name = "review_result", nullable = false, length = 200)
    private String reviewResult;
    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;
    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;
    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    protected Certificate() {
    }

    /** The fields of a certificate, as the deal and its lot give them. */
    public record Fields(String projectNumber, String objectName, String sellerName, String buyerName, String sellerBroker,
                         String buyerBroker, String method, BigDecimal appraisedValue, BigDecimal price, String paymentMethod,
                         LocalDate signedOn, LocalDate listingStart, LocalDate listingEnd, String reviewResult) {
    }

    /** The first version; {@code number} from the exchange's sequence, a verification code from a secure random source. */
    public static Certificate issue(String number, long dealId, Fields f, OffsetDateTime now, String by) {
        return issue(number, dealId, f, now, by, RANDOM);
    }

    /** The first version with its verification code drawn from {@code codes} (a seeded source makes a test repeatable). */
    public static Certificate issue(String number, long dealId, Fields f, OffsetDateTime now, String by, Random codes) {
        Certificate c = new Certificate();
        c.number = number;
        c.versionNo = 1;
        c.dealId = dealId;
        c.fill(f, now, by, codes);
        return c;
    }

    /** A new version replacing this one (e.g. a party's name corrected by a registry), with the reason. */
    public Certificate reissue(Fields f, String reason, OffsetDateTime now, String by) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "common.required");
        }
        Certificate c = new Certificate();
        c.number = number;
        c.versionNo = versionNo + 1;
        c.supersedesId = id;
        c.reissueReason = reason.strip();
        c.dealId = dealId;
        c.fill(f, now, by, RANDOM);
        return c;
    }

    private void fill(Fields f, OffsetDateTime now, String by, Random codes) {
        projectNumber = f.projectNumber();
        objectName = f.objectName();
        sellerName = f.sellerName();
        buyerName = f.buyerName();
        sellerBroker = f.sellerBroker();
        buyerBroker = f.buyerBroker();
        method = f.method();
        appraisedValue = f.appraisedValue();
        price = f.price();
        paymentMethod = f.paymentMethod();
        signedOn = f.signedOn();
        listingStart = f.listingStart();
        listingEnd = f.listingEnd();
        reviewResult = f.reviewResult();
        issuedAt = now;
        issuedBy = by;
        verificationCode = newCode(codes);
    }

    /** 16 random characters in groups of four, e.g. {@code 7KQ2-M9XD-4HTW-P3ZR} (about 79 bits). */
    static String newCode(Random random) {
        StringBuilder b = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return b.toString();
    }

    /** What a person typed, normalised: upper case, dashes where they belong. */
    public static String normaliseCode(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (s.length() != 16) {
            return s;
        }
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    /** Set once, right after the PDF is rendered in the same transaction as the insert. */
    public void pdfRendered(String sha256) {
        if (pdfSha256 != null) {
            throw new IllegalStateException("a certificate's PDF is rendered once");
        }
        pdfSha256 = sha256;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getVersionNo() { return versionNo; }
    public Long getSupersedesId() { return supersedesId; }
    public String getReissueReason() { return reissueReason; }
    public long getDealId() { return dealId; }
    public String getVerificationCode() { return verificationCode; }
    public String getProjectNumber() { return projectNumber; }
    public String getObjectName() { return objectName; }
    public String getSellerName() { return sellerName; }
    public String getBuyerName() { return buyerName; }
    public String getSellerBroker() { return sellerBroker; }
    public String getBuyerBroker() { return buyerBroker; }
    public String getMethod() { return method; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public BigDecimal getPrice() { return price; }
    public String getPaymentMethod() { return paymentMethod; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getListingStart() { return listingStart; }
    public LocalDate getListingEnd() { return listingEnd; }
    public String getReviewResult() { return reviewResult; }
    public OffsetDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public String getPdfSha256() { return pdfSha256; }
}
