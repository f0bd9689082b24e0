package cn.exchange.ejb.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch file reader: 600 vehicles, per-row and per-field problems, CSV and XLSX alike. */
class BatchImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static String vehicles(int n) {
        StringBuilder b = new StringBuilder("\uFEFF标的名称,所在地区,坐落,评估机构,评估基准日,评估值,挂牌价,保证金,加价幅度,交易方式,可否延期\n");
        for (int i = 1; i <= n; i++) {
            b.append("公务用车 京A·").append(String.format("%05d", i)).append(" 大众帕萨特,北京,\"北京市东城区, 机关停车场\",北京中天华资产评估有限责任公司,2026-09-30,")
                    .append(30000 + i * 10).append(".00,").append(30000 + i * 10).append(".00,5000.00,500.00,网络竞价,是\n");
        }
        return b.toString();
    }

    static BatchImport.Result read(String csv) {
        return BatchImport.read("vehicles.csv", csv.getBytes(StandardCharsets.UTF_8), Category.ADMINISTRATIVE_ASSET, TODAY,
                ListingSettings.DEFAULTS);
    }

    @Test
    void sixHundredVehiclesAreReadWithoutAProblem() {
        BatchImport.Result r = read(vehicles(600));
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).hasSize(600);
        assertThat(r.rows().get(0).terms().location()).isEqualTo("北京市东城区, 机关停车场");
        assertThat(r.rows().get(599).terms().listingPrice()).isEqualByComparingTo("36000.00");
        assertThat(r.rows().get(0).terms().biddingMethod()).isEqualTo(BiddingMethod.ONLINE_ASCENDING);
        assertThat(r.rows().get(0).terms().extensionAllowed()).isTrue();
    }

    @Test
    void aBadRowIsReportedByItsFileRowAndField() {
        String csv = vehicles(600);
        List<String> lines = new java.util.ArrayList<>(List.of(csv.split("\n")));
        // file row 301 (the header is row 1): a deposit above 30 % and an unreadable date
        lines.set(300, lines.get(300).replace(",2026-09-30,", ",2026-13-45,").replace(",5000.00,", ",99999.00,"));
        BatchImport.Result r = read(String.join("\n", lines) + "\n");
        assertThat(r.problems()).extracting(p -> p.row() + ":" + p.problem().field() + ":" + p.problem().code())
                .containsExactly("301:valuationBaseDate:import.notADate");
        assertThat(r.validLots()).hasSize(599);

        lines = new java.util.ArrayList<>(List.of(csv.split("\n")));
        lines.set(10, lines.get(10).replace(",5000.00,", ",99999.00,"));
        r = read(String.join("\n", lines) + "\n");
        assertThat(r.problems()).extracting(p -> p.row() + ":" + p.problem().field() + ":" + p.problem().code())
                .containsExactly("11:deposit:lot.depositTooHigh");
    }

    @Test
    void aMissingColumnAndAFileThatIsNotUtf8AreReportedAsSuch() {
        BatchImport.Result r = read("标的名称,所在地区\n车辆,北京\n");
        assertThat(r.problems()).extracting(p -> p.problem().field()).contains("appraiser", "listingPrice", "deposit");
        BatchImport.Result gbk = BatchImport.read("v.csv", "标的名称".getBytes(java.nio.charset.Charset.forName("GBK")),
                Category.ADMINISTRATIVE_ASSET, TODAY, ListingSettings.DEFAULTS);
        assertThat(gbk.problems()).extracting(p -> p.problem().code()).containsExactly("import.notUtf8");
    }

    @Test
    void anXlsxFileReadsTheSame() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("号牌");
            String[] head = {"标的名称", "所在地区", "评估机构", "评估基准日", "评估值", "挂牌价", "保证金", "加价幅度"};
            var h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 1; r <= 113; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("号牌 京A·8" + String.format("%04d", r));
                row.createCell(1).setCellValue("北京");
                row.createCell(2).setCellValue("北京某评估公司");
                row.createCell(3).setCellValue("2026-10-31");
                row.createCell(4).setCellValue(20000);
                row.createCell(5).setCellValue(20000);
                row.createCell(6).setCellValue(2000);
                row.createCell(7).setCellValue(100);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        BatchImport.Result r = BatchImport.read("plates.xlsx", xlsx, Category.LICENCE_PLATE, TODAY, ListingSettings.DEFAULTS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).hasSize(113);
        assertThat(r.rows().get(112).terms().title()).isEqualTo("号牌 京A·80113");
        assertThat(r.rows().get(0).terms().appraisedValue()).isEqualByComparingTo("20000");
    }

    /**
     * The template an agency downloads from its projects page reads as shipped, with no problem: its
     * header names every column the reader knows and its example row writes the method as the form does,
     * "网络竞价（多次报价）".
     */
    @Test
    void theDownloadableTemplateReadsAsShipped() throws Exception {
        byte[] template = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "..", "exchange-web", "src", "main", "webapp", "templates", "lot-import-template.csv"));
        BatchImport.Result r = BatchImport.read("lot-import-template.csv", template, Category.ADMINISTRATIVE_ASSET, TODAY,
                ListingSettings.DEFAULTS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).terms().biddingMethod()).isEqualTo(BiddingMethod.ONLINE_ASCENDING);
        assertThat(r.rows().get(0).terms().paymentTerms()).isEqualTo("一次性付款");
    }

    @Test
    void theMethodIsReadAsPeopleWriteIt() {
        for (String[] c : new String[][]{{"网络竞价（多次报价）", "ONLINE_ASCENDING"}, {"网络竞价(多次报价)", "ONLINE_ASCENDING"},
                {"一次报价", "SEALED_ONE_TIME"}, {"荷兰式竞价", "DUTCH"}, {"Negotiated transfer", "NEGOTIATED_ONLY"}}) {
            String csv = vehicles(1).replace(",网络竞价,", "," + c[0] + ",");
            BatchImport.Result r = read(csv);
            assertThat(r.rows()).as(c[0]).hasSize(1);
            assertThat(r.rows().get(0).terms().biddingMethod()).as(c[0]).hasToString(c[1]);
        }
        assertThat(read(vehicles(1).replace(",网络竞价,", ",拍卖会,")).problems())
                .extracting(p -> p.problem().field() + ":" + p.problem().code())
                .containsExactly("biddingMethod:import.unknownMethod");
    }
}
