package cn.exchange.ejb.documents;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.NoticeKind;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The announcement PDF carries its Chinese text as text (read back with PDFBox), with the embedded font. */
class AnnouncementPdfTest {

    @Test
    void theChineseTextOfTheAnnouncementCanBeReadBack() throws Exception {
        OffsetDateTime ends = OffsetDateTime.parse("2026-12-21T17:00+08:00");
        LotView lot = new LotView(1, 1, "DH2026CQ000001", "东湖智造科技有限公司 35% 股权转让", 1, "东湖智造科技有限公司 35% 股权",
                Category.EQUITY_TRANSFER, "注册资本 1 亿元 <测试&转义>", "东湖区科技园 8 号", "东湖区", "东湖正信资产评估有限公司",
                LocalDate.of(2026, 9, 30), new BigDecimal("28600000.00"), new BigDecimal("28600000.00"), new BigDecimal("3000000.00"),
                new BigDecimal("100000.00"), BiddingMethod.ONLINE_ASCENDING, "注册资本不低于 5000 万元", "一次性付款", true, false, null,
                ListingStatus.PUBLISHED, 1, 20, LocalDate.of(2026, 11, 23), ends, "东湖日报", null, null, false, null);
        NoticeView n = new NoticeView(1, 1, 1, NoticeKind.ANNOUNCEMENT, "挂牌公告", OffsetDateTime.parse("2026-11-23T10:00+08:00"),
                "挂牌公告：DH2026CQ000001-1", "本标的自2026年11月23日起正式挂牌公告，公告期为20个工作日", ends, null,
                "Listing announcement: DH2026CQ000001-1", "This lot is formally announced from 23 November 2026.");
        byte[] pdf = AnnouncementPdf.render("东湖产权交易所", lot, List.of(n));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("东湖产权交易所挂牌公告").contains("东湖智造科技有限公司35%股权")
                    .contains("28,600,000.00元").contains("2,860万元").contains("20个工作日").contains("2026年12月21日17:00")
                    .contains("<测试&转义>");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        System.out.println("announcement PDF: " + pdf.length + " bytes");
    }
}
