package cn.exchange.ejb.documents;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The listing announcement (挂牌公告) as a PDF: an XHTML page rendered by openhtmltopdf with the shipped Noto Serif SC
 * font (TrueType outlines, OFL — {@code fonts/OFL.txt}), embedded as a subset so the Chinese text is both printed and
 * extractable. The same facts as the board's lot page, signed by nothing: the board is the authoritative record.
 */
public final class AnnouncementPdf {

    static final String FONT = "fonts/NotoSerifSC-Regular.ttf";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private AnnouncementPdf() {
    }

    public static byte[] render(String exchangeName, LotView l, List<NoticeView> notices) {
        StringBuilder h = new StringBuilder();
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-family: 'Noto Serif SC'; font-size: 9pt; } }")
                .append("body { font-family: 'Noto Serif SC'; font-size: 11pt; line-height: 1.6; }")
                .append("h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; } .sub { text-align: center; color: #555; margin-bottom: 6mm; }")
                .append("table { width: 100%; border-collapse: collapse; } td { border: 0.5pt solid #999; padding: 2mm 3mm; vertical-align: top; }")
                .append("td.k { width: 32%; background: #f3f3f3; } .notes { margin-top: 6mm; font-size: 10pt; }")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(exchangeName)).append(" 挂牌公告</h1>");
        h.append("<div class=\"sub\">项目编号 ").append(esc(l.projectNumber())).append("-").append(l.lotNo()).append("</div>");
        h.append("<table>");
        row(h, "项目名称", l.projectTitle());
        row(h, "标的名称", l.title());
        row(h, "标的类别", l.category().zh());
        row(h, "坐落", l.location());
        row(h, "标的描述", l.description());
        row(h, "评估机构", l.appraiser());
        row(h, "评估基准日", l.valuationBaseDate() == null ? null : l.valuationBaseDate().toString());
        row(h, "评估值", CnyFormat.yuan(l.appraisedValue()) + "（" + CnyFormat.wan(l.appraisedValue()) + "）");
        row(h, l.annualPrice() ? "挂牌价（每年）" : "挂牌价", CnyFormat.yuan(l.listingPrice()) + "（" + CnyFormat.wan(l.listingPrice()) + "）");
        if (l.annualPrice()) {
            row(h, "经营期限", l.termYears() + " 年");
        }
        row(h, "交易保证金", CnyFormat.yuan(l.deposit()));
        row(h, "加价幅度", l.increment() == null ? null : CnyFormat.yuan(l.increment()));
        row(h, "受让方资格条件", l.buyerConditions() == null ? "无" : l.buyerConditions());
        row(h, "付款方式", l.paymentTerms());
        row(h, "公告期", l.periodWd() + " 个工作日，自 " + l.disclosureStart() + " 起，至 " + time(l.endsAt()) + "（北京时间）止");
        row(h, "未征集到合格意向受让方时", l.extensionAllowed() ? "按每 5 个工作日为一个周期延长信息发布" : "信息发布终结，不延期");
        row(h, "公告媒体", "本所网站" + (l.media() == null ? "" : "、" + l.media()));
        h.append("</table>");
        if (notices != null && !notices.isEmpty()) {
            h.append("<div class=\"notes\"><b>公告记录</b><table>");
            for (NoticeView n : notices) {
                row(h, time(n.publishedAt()) + " " + n.kindName(), n.body());
            }
            h.append("</table></div>");
        }
        h.append("<p class=\"notes\">意向受让方应在公告期内登记并按时交纳保证金。以上时间均为北京时间，以本所服务器时间为准。</p>");
        h.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> AnnouncementPdf.class.getResourceAsStream(FONT), "Noto Serif SC");
            b.withHtmlContent(h.toString(), null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><td class=\"k\">").append(esc(k)).append("</td><td>").append(esc(v == null || v.isBlank() ? "—" : v))
                .append("</td></tr>");
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "—" : MINUTES.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped, never passed to the parser
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
