package cn.exchange.ejb.documents;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.ejb.auction.BidRecord;
import cn.exchange.ejb.auction.WinnerConfirmation;
import cn.exchange.ejb.listing.LotView;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two documents of a session (docs/rules.md §2, rule 21): the auction record (竞价记录) — every bid by bidder code with
 * its server time in milliseconds, accepted or refused, and the close — and the result confirmation (竞价结果确认书)
 * naming the winner, for the winner and the exchange to sign.
 */
public final class AuctionPdf {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private AuctionPdf() {
    }

    public static byte[] record(String exchangeName, LotView lot, AuctionState s, List<BidRecord> log) {
        StringBuilder h = new StringBuilder(PdfDocument.HEAD);
        h.append("<h1>").append(PdfDocument.esc(exchangeName)).append(" 竞价记录</h1>");
        h.append("<div class=\"sub\">项目编号 ").append(PdfDocument.esc(lot.projectNumber())).append("-").append(lot.lotNo())
                .append(" · ").append(PdfDocument.esc(lot.title())).append("</div>");
        h.append("<table>");
        PdfDocument.row(h, "竞价方式", lot.biddingMethod() == null ? null : mode(s.mode()));
        PdfDocument.row(h, "起始价", CnyFormat.yuan(s.startPrice()));
        PdfDocument.row(h, "加价幅度", s.increment() == null ? null : CnyFormat.yuan(s.increment()));
        PdfDocument.row(h, "开始时间", seconds(s.startsAt()));
        PdfDocument.row(h, "自由报价期截止", seconds(s.freeEndsAt()));
        PdfDocument.row(h, "限时报价周期", s.limitedSeconds() + " 秒");
        PdfDocument.row(h, "有效报价次数", Integer.toString(s.acceptedBids()));
        PdfDocument.row(h, "结果", result(s));
        h.append("</table>");
        h.append("<div class=\"notes\"><b>报价明细</b>（仅显示竞买号；时间为服务器接收时间，北京时间，精确到毫秒）</div><table>");
        h.append("<tr><th>序号</th><th>类型</th><th>竞买号</th><th>金额（元）</th><th>服务器时间</th><th>处理结果</th></tr>");
        for (BidRecord r : log) {
            h.append("<tr><td>").append(r.seq()).append("</td><td>").append(kind(r.kind())).append("</td><td>")
                    .append(PdfDocument.esc(r.bidderCode() == null ? "—" : r.bidderCode())).append("</td><td>")
                    .append(r.amount() == null ? "—" : PdfDocument.esc(r.amount().toPlainString())).append("</td><td>")
                    .append(MILLIS.format(r.at().atZone(ExchangeTime.ZONE))).append("</td><td>")
                    .append(PdfDocument.esc(outcome(r))).append("</td></tr>");
        }
        h.append("</table>");
        h.append("<p class=\"notes\">本记录由交易系统根据只增不改的报价日志生成；以服务器北京时间为准。</p></body></html>");
        return PdfDocument.render(h.toString());
    }

    public static byte[] confirmation(String exchangeName, WinnerConfirmation c) {
        LotView lot = c.lot();
        AuctionState s = c.state();
        StringBuilder h = new StringBuilder(PdfDocument.HEAD);
        h.append("<h1>竞价结果确认书</h1>");
        h.append("<div class=\"sub\">").append(PdfDocument.esc(exchangeName)).append(" · 项目编号 ").append(PdfDocument.esc(lot.projectNumber()))
                .append("-").append(lot.lotNo()).append("</div><table>");
        PdfDocument.row(h, "标的名称", lot.title());
        PdfDocument.row(h, "竞得人", c.winnerName());
        PdfDocument.row(h, "竞得人证件号码", c.winnerIdentifier());
        PdfDocument.row(h, "竞买号", s.winner());
        PdfDocument.row(h, "成交价", CnyFormat.yuan(s.finalPrice()) + "（" + CnyFormat.wan(s.finalPrice()) + "）");
        PdfDocument.row(h, "挂牌价（起始价）", CnyFormat.yuan(s.startPrice()));
        PdfDocument.row(h, "竞价结束时间", seconds(s.closedAt()));
        PdfDocument.row(h, "有效报价次数", Integer.toString(s.acceptedBids()));
        h.append("</table>");
        h.append("<p class=\"notes\">竞得人应按挂牌公告约定的期限签订产权交易合同，其交纳的保证金按约定转为交易价款（或履约保证金）。"
                + "竞得人逾期不签订合同的，按公告约定处理保证金。</p>");
        h.append("<table class=\"sign\"><tr><td>竞得人（签章）：</td><td>").append(PdfDocument.esc(exchangeName))
                .append("（盖章）：</td></tr><tr><td>日期：</td><td>日期：</td></tr></table></body></html>");
        return PdfDocument.render(h.toString());
    }

    private static String result(AuctionState s) {
        if (!s.closed()) {
            return "竞价进行中";
        }
        return "AWARDED".equals(s.outcome())
                ? "竞买号 " + s.winner() + " 以 " + CnyFormat.yuan(s.finalPrice()) + " 竞得，结束于 " + seconds(s.closedAt())
                : "未成交（" + ("BELOW_RESERVE".equals(s.failureReason()) ? "最高报价低于保留价" : "无有效报价") + "），结束于 " + seconds(s.closedAt());
    }

    private static String mode(String m) {
        return switch (m) {
            case "ASCENDING" -> "网络竞价（多次报价）";
            case "SEALED" -> "一次报价";
            default -> "荷式竞价";
        };
    }

    private static String kind(String k) {
        return switch (k) {
            case "BID" -> "报价";
            case "PAUSE" -> "暂停";
            case "RESUME" -> "恢复";
            default -> "计时";
        };
    }

    private static String outcome(BidRecord r) {
        if (cn.exchange.core.auction.Replay.ACCEPTED.equals(r.result())) {
            return "有效（第 " + r.acceptedNo() + " 次有效报价）";
        }
        return switch (r.result()) {
            case "CountdownReset" -> "进入限时报价期";
            case "LotAwarded" -> "竞价结束，成交";
            case "LotFailed" -> "竞价结束，未成交";
            case "Paused" -> "暂停";
            case "Resumed" -> "恢复";
            case "PriceLowered" -> "降价";
            default -> "无效：" + (cn.exchange.core.shared.DomainMessages.has("auction.reason." + r.result())
                    ? cn.exchange.core.shared.DomainMessages.format(java.util.Locale.SIMPLIFIED_CHINESE, "auction.reason." + r.result())
                    : r.result());
        };
    }

    private static String seconds(Instant i) {
        return i == null ? "—" : SECONDS.format(i.atZone(ExchangeTime.ZONE));
    }
}
