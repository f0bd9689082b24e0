package cn.exchange.ejb.supervision;

import cn.exchange.core.supervision.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The report as a file: XLSX (amounts as numbers with two decimals, so that a spreadsheet sums them),
 * CSV (UTF-8 with a BOM, so that Excel reads the Chinese; a text cell starting with = + - @ is prefixed with ' so that
 * it is never run as a formula) and PDF (the same table, for the record). One column list for all three.
 */
public final class ReportExport {

    private record Column(String title, Function<Report.Row, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("分组", Report.Row::group), new Column("标的数", Report.Row::lots), new Column("成交数", Report.Row::deals),
            new Column("流拍数", Report.Row::failed), new Column("评估值合计（元）", Report.Row::valuation),
            new Column("成交额合计（元）", Report.Row::dealValue), new Column("增值额（元）", Report.Row::appreciation),
            new Column("增值率（%）", Report.Row::appreciationPct), new Column("平均每宗增值（元）", Report.Row::averageAppreciation),
            new Column("竞价成交率（%）", Report.Row::competitivePct), new Column("平均竞买人数", Report.Row::biddersPerLot),
            new Column("平均报价次数", Report.Row::bidsPerLot), new Column("平均成交天数", Report.Row::daysToDeal));

    private ReportExport() {
    }

    public static byte[] xlsx(List<Report.Row> rows, String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("报表");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row head = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(COLUMNS.get(c).title());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object v = COLUMNS.get(c).value().apply(rows.get(r));
                    Cell cell = row.createCell(c);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                        cell.setCellStyle(money);
                    } else if (v instanceof Integer i) {
                        cell.setCellValue(i);
                    } else if (v != null) {
                        cell.setCellValue(v.toString()); // text cells are stored as text: never evaluated as formulas
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<Report.Row> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (int c = 0; c < COLUMNS.size(); c++) {
            b.append(c == 0 ? "" : ",").append(cn.exchange.core.shared.Csv.cell(COLUMNS.get(c).title()));
        }
        b.append("\r\n");
        for (Report.Row row : rows) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object v = COLUMNS.get(c).value().apply(row);
                b.append(c == 0 ? "" : ",").append(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : cn.exchange.core.shared.Csv.cell(v.toString()));
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf(List<Report.Row> rows, String title, String exchangeName) {
        StringBuilder h = new StringBuilder("<table><tr>");
        COLUMNS.forEach(c -> h.append("<th>").append(esc(c.title())).append("</th>"));
        h.append("</tr>");
        for (Report.Row row : rows) {
            h.append("<tr>");
            for (Column c : COLUMNS) {
                Object v = c.value().apply(row);
                h.append("<td>").append(v == null ? "—" : esc(v instanceof BigDecimal d ? d.toPlainString() : v.toString())).append("</td>");
            }
            h.append("</tr>");
        }
        return cn.exchange.ejb.documents.ReportPdf.render(exchangeName, title, h.append("</table>").toString());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
