package cn.exchange.ejb.settlement;

import cn.exchange.core.notification.NotificationKind;
import cn.exchange.ejb.notification.Notifications.About;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.Certificate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.documents.CertificatePdf;
import cn.exchange.ejb.documents.SealVerdict;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The transaction certificate (产权交易凭证, docs/rules.md §1.6, rule 31): issued only when the contract is signed, the full
 * price is in the settlement account and both sides' fees are paid ({@link Deal#certify}); numbered from the exchange's
 * sequence; rendered once to PDF with its verification code and QR code; never edited — a reissue is the next version,
 * and the earlier one then shows as superseded on the public verification page.
 */
@Stateless
public class CertificateService {

    @EJB
    cn.exchange.ejb.notification.Notifications notifications;

    @EJB
    CommandExecutor executor;
    @EJB
    cn.exchange.ejb.documents.ExchangeSeal seal;
    @Inject
    CallerResolver callers;
    @Inject
    SettlementSettings settings;
    @Inject
    DealViews views;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;
    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;
    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** What the public verification page shows for a code: nothing known, or the certificate and whether it is in force. */
    public record Check(boolean known, CertificateView certificate, String supersededBy) {
    }

    public CertificateView issue(long dealId) {
        return executor.execute(Permission.CERTIFICATE_ISSUE, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            return issue(ctx, deal);
        });
    }

    /** Issues the certificate inside a running command (rule 31's conditions checked by the deal). */
    public CertificateView issue(CommandContext ctx, Deal deal) {
        deal.certify(ctx.nowAt());
        Number seq = (Number) em.createNativeQuery("select nextval('certificate_number_seq')").getSingleResult();
        String number = settings.exchangeCode() + "JY" + ExchangeTime.day(ctx.nowAt()).getYear()
                + String.format("%06d", seq.longValue());
        Certificate c = Certificate.issue(number, deal.getId(), fields(deal), ctx.nowAt(), ctx.caller().username());
        CertificateView v = store(ctx, deal, c, "certificate.issued", "certificate " + number);
        About issued = new About(NotificationKind.CERTIFICATE_ISSUED, lots.get(deal.getLotId()).getTitle(), number, "/deal.xhtml?id=" + deal.getId());
        notifications.tellParty(ctx.now(), deal.getBuyerPartyId(), "certificate:" + c.getId(), issued);
        notifications.tellParty(ctx.now(), deal.getSellerPartyId(), "certificate:" + c.getId(), issued);
        return v;
    }

    /** A new version of the deal's certificate (e.g. a registry asked for a corrected name), with the reason. */
    public CertificateView reissue(long dealId, String reason) {
        return executor.execute(Permission.CERTIFICATE_ISSUE, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            Certificate current = latest(dealId).orElseThrow(() -> new ConflictException("certificate.noneYet"));
            Certificate c = current.reissue(fields(deal), reason, ctx.nowAt(), ctx.caller().username());
            return store(ctx, deal, c, "certificate.reissued", "certificate " + c.getNumber() + " version " + c.getVersionNo()
                    + " replaces version " + current.getVersionNo() + ": " + c.getReissueReason());
        });
    }

    private CertificateView store(CommandContext ctx, Deal deal, Certificate c, String action, String summary) {
        // sealed once, before its hash is taken and stored: the stored file is the one the verification page recognises
        byte[] pdf = seal.seal(CertificatePdf.render(settings.exchangeName(), c, settings.verifyUrl()), "产权交易凭证 " + c.getNumber()
                + (c.getVersionNo() > 1 ? " 第 " + c.getVersionNo() + " 版" : ""));
        c.pdfRendered(Documents.sha256(pdf));
        em.persist(c);
        em.flush();
        Documents.store(em, deal.getId(), "CERTIFICATE", c.getId(), pdf, ctx.nowAt());
        ctx.record("Certificate", c.getId(), action, summary + ", verification code " + c.getVerificationCode() + ", pdf sha256 "
                + c.getPdfSha256());
        return CertificateView.of(c, true);
    }

    /** Anyone: a verification code (as typed, any case, with or without dashes) → the certificate and its validity. */
    public Check verify(String typedCode) {
        String code = Certificate.normaliseCode(typedCode);
        List<Certificate> found = em.createNamedQuery("Certificate.byVerificationCode", Certificate.class)
                .setParameter("v", code).getResultList();
        if (found.isEmpty()) {
            return new Check(false, null, null);
        }
        Certificate c = found.get(0);
        Certificate newest = latest(c.getDealId()).orElse(c);
        boolean valid = newest.getId().equals(c.getId());
        Deal deal = dealRepo.get(c.getDealId());
        boolean person = parties.get(deal.getBuyerPartyId()).getKind() == PartyKind.PERSON_BIDDER;
        return new Check(true, CertificateView.of(c, valid).forPublic(person), valid ? null : newest.getNumber() + " 第 "
                + newest.getVersionNo() + " 版");
    }

    /** The largest PDF the verification page checks: below the server's upload limit (5 MB, web.xml), so that it is this check that answers. */
    public static final int MAX_CHECKED_BYTES = 4 * 1024 * 1024;

    /** What the verification page shows for an uploaded PDF: its seal, and the certificate it is, if the exchange issued it. */
    public record FileCheck(SealVerdict seal, Check certificate) implements java.io.Serializable {
    }

    /**
     * Anyone: does this PDF carry the exchange's valid seal over the whole file, and which document is it? A file that is
     * empty, too large or not a PDF (by its bytes, as lot documents are checked) is refused naming the field {@code file}.
     */
    public FileCheck checkFile(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("file", "document.empty");
        }
        if (content.length > MAX_CHECKED_BYTES) {
            throw new DomainException("file", "document.tooLarge", MAX_CHECKED_BYTES / 1024 / 1024);
        }
        if (!DocumentRules.isPdf(content)) {
            throw new DomainException("file", "seal.notPdf");
        }
        SealVerdict v = seal.check(content);
        if (!v.valid()) {
            return new FileCheck(v, null);
        }
        // the exchange stored every certificate exactly as it sealed it: the same bytes name the certificate
        List<Certificate> issued = em.createNamedQuery("Certificate.byPdfSha256", Certificate.class)
                .setParameter("s", Documents.sha256(content)).getResultList();
        return new FileCheck(v, issued.isEmpty() ? null : verify(issued.get(0).getVerificationCode()));
    }

    /** The certificate's PDF, for the deal's parties, staff and supervisors. */
    public byte[] pdf(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null) {
            throw new NotFoundException("Certificate", certificateId);
        }
        views.requireReader(dealRepo.get(c.getDealId()), callers.current());
        return Documents.ofRef(em, "CERTIFICATE", certificateId).orElseThrow(() -> new NotFoundException("Certificate", certificateId));
    }

    private Optional<Certificate> latest(long dealId) {
        return em.createNamedQuery("Certificate.ofDealNewestFirst", Certificate.class)
                .setParameter("d", dealId).setMaxResults(1).getResultList().stream().findFirst();
    }

    private Certificate.Fields fields(Deal deal) {
        Lot lot = lots.get(deal.getLotId());
        Party seller = parties.get(deal.getSellerPartyId());
        Party buyer = parties.get(deal.getBuyerPartyId());
        PaymentPlan plan = deal.plan();
        String payment = plan.instalments() == 0 ? "一次性付款"
                : "分期付款（首期 " + CnyFormat.figures(plan.downPayment()) + " 元，余款分 " + plan.instalments() + " 期于 " + plan.lastDueOn()
                + " 前付清，担保：" + plan.guarantee() + "）";
        return new Certificate.Fields(lot.getProject().getNumber() + "-" + lot.getLotNo(), lot.getTitle(), seller.getName(),
                buyer.getName(), null, null, deal.getMethod() == FeeTable.Method.BIDDING ? "网络竞价" : "场内协议转让",
                lot.getAppraisedValue(), deal.getPrice(), payment, ExchangeTime.day(deal.getEffectiveAt()),
                lot.getFirstPublishedOn() != null ? lot.getFirstPublishedOn() : lot.getDisclosureStart(),
                lot.getEndsAt() == null ? null : ExchangeTime.day(lot.getEndsAt()),
                "经审核，本项目交易程序符合《企业国有资产交易监督管理办法》等规定；交易合同已签订，交易价款及双方交易服务费已结清。");
    }
}
