package cn.exchange.ejb.documents;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.ejb.auction.BidRecord;
import cn.exchange.ejb.auction.WinnerConfirmation;
import cn.exchange.ejb.listing.LotView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The auction record lists every bid by code with its millisecond server time; the confirmation names the winner. */
class AuctionPdfTest {

    static final LotView LOT = new LotView(7, 3, "DH2026ZC000009", "公务车辆处置", 2, "帕萨特 京N·12345", Category.ADMINISTRATIVE_ASSET,
            "2019 款", "东湖区", "东湖区", "评估公司", LocalDate.of(2026, 9, 30), new BigDecimal("80000.00"), new BigDecimal("80000.00"),
            new BigDecimal("8000.00"), new BigDecimal("1000.00"), BiddingMethod.ONLINE_ASCENDING, null, "一次性付款", true, false, null,
            ListingStatus.AUCTION_SOLD, 1, 20, LocalDate.of(2026, 10, 23), OffsetDateTime.parse("2026-11-20T17:00+08:00"), null, null, null, false, null);
    static final Instant START = Instant.parse("2026-11-23T02:00:00Z");
    static final AuctionState CLOSED = new AuctionState(7, "ASCENDING", "CLOSED", new BigDecimal("80000.00"), new BigDecimal("1000.00"),
            new BigDecimal("82000.00"), "1234", START, START.plusSeconds(3600), null, 300, 2, 4, "AWARDED", "1234",
            new BigDecimal("82000.00"), null, Instant.parse("2026-11-23T03:05:00.250Z"), List.of(), 1,
            false, null, "IN_AUCTION");

    @Test
    void theRecordListsEveryBidByCodeWithMilliseconds() throws Exception {
        List<BidRecord> log = List.of(
                new BidRecord(1, "BID", "1234", new BigDecimal("80000.00"), Instant.parse("2026-11-23T02:10:00.125Z"), "ACCEPTED", 1),
                new BidRecord(2, "BID", "5678", new BigDecimal("80500.00"), Instant.parse("2026-11-23T02:11:00.000Z"), "NOT_A_WHOLE_INCREMENT", null),
                new BidRecord(3, "TICK", null, null, START.plusSeconds(3600), "CountdownReset", null),
                new BidRecord(4, "BID", "1234", new BigDecimal("82000.00"), Instant.parse("2026-11-23T03:00:00.250Z"), "ACCEPTED", 2));
        String text = text(AuctionPdf.record("东湖产权交易所", LOT, CLOSED, log));
        assertThat(text).contains("东湖产权交易所竞价记录").contains("2026-11-2310:10:00.125").contains("有效（第1次有效报价）")
                .contains("无效：报价须为当前最高价加整数倍加价幅度").contains("进入限时报价期")
                .contains("竞买号1234以82,000.00元竞得，结束于2026年11月23日11:05:00");
    }

    @Test
    void theConfirmationNamesTheWinner() throws Exception {
        String text = text(AuctionPdf.confirmation("东湖产权交易所", new WinnerConfirmation(LOT, CLOSED, "东湖某某汽车服务有限公司",
                "91110105MA01ABCD2X")));
        assertThat(text).contains("竞价结果确认书").contains("东湖某某汽车服务有限公司").contains("91110105MA01ABCD2X")
                .contains("82,000.00元（8.2万元）").contains("竞得人（签章）");
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
