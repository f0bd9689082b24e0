package cn.exchange.ejb.documents;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.settlement.Certificate;
import cn.exchange.core.shared.CapitalAmount;
import cn.exchange.core.shared.CnyFormat;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The transaction certificate (产权交易凭证, docs/rules.md §1.6, rule 31) as a PDF: CBEX's fields, the price in figures and
 * uppercase, the verification code, and a QR code of the public verification page's address.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificatePdf() {
    }

    public static byte[] render(String exchangeName, Certificate c, String verifyUrl) {
        StringBuilder h = new StringBuilder(PdfDocument.HEAD);
        h.append("<h1>产权交易凭证</h1>");
        h.append("<div class=\"sub\">").append(PdfDocument.esc(exchangeName)).append(" · 凭证编号 ").append(PdfDocument.esc(c.getNumber()))
                .append(c.getVersionNo() > 1 ? "（第 " + c.getVersionNo() + " 版，替代第 " + (c.getVersionNo() - 1) + " 版）" : "")
                .append("</div><table>");
        PdfDocument.row(h, "项目编号", c.getProjectNumber());
        PdfDocument.row(h, "交易标的", c.getObjectName());
        PdfDocument.row(h, "转让方", c.getSellerName());
        PdfDocument.row(h, "受让方", c.getBuyerName());
        PdfDocument.row(h, "转让方经纪会员", c.getSellerBroker() == null ? "无" : c.getSellerBroker());
        PdfDocument.row(h, "受让方经纪会员", c.getBuyerBroker() == null ? "无" : c.getBuyerBroker());
        PdfDocument.row(h, "挂牌起止日期", day(c.getListingStart()) + " 至 " + day(c.getListingEnd()));
        PdfDocument.row(h, "交易方式", c.getMethod());
        PdfDocument.row(h, "评估值", c.getAppraisedValue() == null ? null : CnyFormat.yuan(c.getAppraisedValue()));
        PdfDocument.row(h, "交易价格", "¥" + CnyFormat.figures(c.getPrice()) + "（" + CapitalAmount.of(c.getPrice()) + "）");
        PdfDocument.row(h, "价款支付方式", c.getPaymentMethod());
        PdfDocument.row(h, "合同签订日期", day(c.getSignedOn()));
        PdfDocument.row(h, "交易机构审核意见", c.getReviewResult());
        PdfDocument.row(h, "出具日期", DAY.format(c.getIssuedAt().atZoneSameInstant(ExchangeTime.ZONE)));
        if (c.getReissueReason() != null) {
            PdfDocument.row(h, "换发原因", c.getReissueReason());
        }
        h.append("</table>");
        h.append("<table class=\"sign\" style=\"margin-top: 8mm;\"><tr><td style=\"width: 62%;\">验证码：<b>")
                .append(PdfDocument.esc(c.getVerificationCode())).append("</b><br/>任何人可在 ").append(PdfDocument.esc(verifyUrl))
                .append(" 输入验证码或扫描右侧二维码，核验本凭证的真伪及是否为有效版本。<br/><br/>")
                .append(PdfDocument.esc(exchangeName)).append("（盖章）</td><td>").append(qr(verifyUrl + "?code=" + c.getVerificationCode()))
                .append("</td></tr></table>");
        h.append("<p class=\"notes\">本凭证由交易系统统一打印，手写、涂改无效。交易双方凭本凭证办理权属变更登记。</p></body></html>");
        return PdfDocument.render(h.toString());
    }

    /** The QR code as a PNG (12 pixels a module, error correction Q, quiet zone of 4 modules, so that it stays sharp scaled to print) in a data URI, printed 36 mm wide. */
    static String qr(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4));
            int scale = 12;
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(m.getWidth() * scale, m.getHeight() * scale,
                    java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", png);
            return "<img style=\"width: 36mm; height: 36mm;\" alt=\"QR\" src=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/>";
        } catch (WriterException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }
}
