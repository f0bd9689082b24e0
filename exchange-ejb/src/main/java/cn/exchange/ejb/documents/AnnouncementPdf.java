package cn.exchange.ejb.documents;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The listing announcement (挂牌公告) as a PDF: an XHTML page rendered by openhtmltopdf with the shipped Noto Serif SC
 * font (TrueType outlines, OFL — {@code fonts/OFL.txt}), embedded as a subset so the Chinese text is both printed and
 * extractable. The same facts as the board's lot page, signed by nothing: the board is the authoritative record.
 */
public final class AnnouncementPdf {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private AnnouncementPdf() {
    }

    public static byte[] render(String exchangeName, LotView l, List<NoticeView> notices) {
        StringBuilder h = new StringBuilder();
        h.append(PdfDocument.HEAD);
        h.append("<h1>").append(PdfDocument.esc(exchangeName)).append(" 挂牌公告</h1>");
        h.append("<div class=\"sub\">项目编号 ").append(PdfDocument.esc(l.projectNumber())).append("-").append(l.lotNo()).append("</div>");
        h.append("<table>");
        PdfDocument.row(h, "项目名称", l.projectTitle());
        PdfDocument.row(h, "标的名称", l.title());
        PdfDocument.row(h, "标的类别", l.category().zh());
        PdfDocument.row(h, "坐落", l.location());
        PdfDocument.row(h, "标的描述", l.description());
        PdfDocument.row(h, "评估机构", l.appraiser());
        PdfDocument.row(h, "评估基准日", l.valuationBaseDate() == null ? null : l.valuationBaseDate().toString());
        PdfDocument.row(h, "评估值", CnyFormat.yuan(l.appraisedValue()) + "（" + CnyFormat.wan(l.appraisedValue()) + "）");
        PdfDocument.row(h, l.annualPrice() ? "挂牌价（每年）" : "挂牌价", CnyFormat.yuan(l.listingPrice()) + "（" + CnyFormat.wan(l.listingPrice()) + "）");
        if (l.annualPrice()) {
            PdfDocument.row(h, "经营期限", l.termYears() + " 年");
        }
        PdfDocument.row(h, "交易保证金", CnyFormat.yuan(l.deposit()));
        if (l.dutch() != null) {
            // a Dutch lot announces its own descent (docs/rules.md §2.1): from the start price by the step to the floor
            PdfDocument.row(h, "荷式竞价", "起始价 " + CnyFormat.yuan(l.dutch().startPrice()) + "，每 " + l.dutch().intervalSeconds()
                    + " 秒降低 " + CnyFormat.yuan(l.dutch().step()) + "，最低价 " + CnyFormat.yuan(l.dutch().floor()) + "；首位应价者以当时价格成交");
        } else {
            PdfDocument.row(h, "加价幅度", l.increment() == null ? null : CnyFormat.yuan(l.increment()));
        }
        PdfDocument.row(h, "受让方资格条件", l.buyerConditions() == null ? "无" : l.buyerConditions());
        PdfDocument.row(h, "付款方式", l.paymentTerms());
        if (l.court()) {
            // rule 34: the court's rules apply, and the period counts calendar days
            PdfDocument.row(h, "适用规则", "本标的为法院委托标的，适用《最高人民法院关于人民法院网络司法拍卖若干问题的规定》");
        }
        PdfDocument.row(h, "公告期", l.periodWd() + (l.periodInCalendarDays() ? " 日（自然日）" : " 个工作日") + "，自 " + l.disclosureStart() + " 起，至 " + time(l.endsAt()) + "（北京时间）止");
        PdfDocument.row(h, "未征集到合格意向受让方时", l.extensionAllowed() ? "按每 5 个工作日为一个周期延长信息发布" : "信息发布终结，不延期");
        PdfDocument.row(h, "公告媒体", "本所网站" + (l.media() == null ? "" : "、" + l.media()));
        h.append("</table>");
        if (notices != null && !notices.isEmpty()) {
            h.append("<div class=\"notes\"><b>公告记录</b><table>");
            for (NoticeView n : notices) {
                PdfDocument.row(h, time(n.publishedAt()) + " " + n.kindName(), n.body());
            }
            h.append("</table></div>");
        }
        h.append("<p class=\"notes\">意向受让方应在公告期内登记并按时交纳保证金。以上时间均为北京时间，以本所服务器时间为准。</p>");
        h.append("</body></html>");
        return PdfDocument.render(h.toString());
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "—" : MINUTES.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }

}
