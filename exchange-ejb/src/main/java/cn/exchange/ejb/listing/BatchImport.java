package cn.exchange.ejb.listing;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.DutchTerms;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.LotRules;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.shared.Csv;
import cn.exchange.core.shared.FieldProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a batch of lots (e.g. 600 used official vehicles) from CSV (UTF-8, with or without BOM) or XLSX, first sheet,
 * one header row naming the columns in Chinese or English, one lot per row. Every row is checked cell by cell and then
 * by {@link LotRules}; the result names every problem by row (as the clerk sees it in the file: the header is row 1)
 * and field. Nothing here saves anything.
 *
 * <p>Columns (required*): 标的名称/title*, 所在地区/region*, 坐落/location, 描述/description, 评估机构/appraiser*,
 * 评估基准日/valuationBaseDate* (YYYY-MM-DD), 评估值/appraisedValue*, 挂牌价/listingPrice*, 保证金/deposit*,
 * 加价幅度/increment, 保留价/reservePrice, 交易方式/biddingMethod (网络竞价|一次报价|荷式|协议; default 网络竞价),
 * 可否延期/extensionAllowed (是/否), 付款方式/paymentTerms.
 */
public final class BatchImport {

    public static final int MAX_ROWS = 2000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The parsed file: the lots with their file row numbers, and every problem found. */
    public record Result(List<Parsed> rows, List<RowProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public List<LotTerms> validLots() {
            var bad = problems.stream().map(RowProblem::row).collect(java.util.stream.Collectors.toSet());
            return rows.stream().filter(r -> !bad.contains(r.row())).map(Parsed::terms).toList();
        }
    }

    public record Parsed(int row, LotTerms terms) {
    }

    /** A problem in the file: row 0 means the file as a whole. */
    public record RowProblem(int row, FieldProblem problem) {
    }

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        header("title", "标的名称", "名称");
        header("region", "所在地区", "地区");
        header("location", "坐落", "所在地", "地址");
        header("description", "描述", "标的描述", "说明");
        header("appraiser", "评估机构");
        header("valuationBaseDate", "评估基准日");
        header("appraisedValue", "评估值", "评估价");
        header("listingPrice", "挂牌价", "挂牌价格", "起始价");
        header("deposit", "保证金");
        header("increment", "加价幅度");
        header("reservePrice", "保留价");
        header("biddingMethod", "交易方式", "竞价方式");
        header("extensionAllowed", "可否延期", "是否可延期");
        header("paymentTerms", "付款方式");
        // rule 34: a court-entrusted lot's kind
        header("courtAssetKind", "资产类别", "财产类别");
        // a Dutch lot's own terms (荷式, LotRules): start price, step, interval in seconds, floor
        header("dutch.startPrice", "荷式起始价");
        header("dutch.step", "降价幅度");
        header("dutch.intervalSeconds", "降价间隔（秒）", "降价间隔");
        header("dutch.floor", "荷式最低价", "最低价");
    }

    private static void header(String field, String... names) {
        HEADERS.put(field.toLowerCase(Locale.ROOT), field);
        for (String n : names) {
            HEADERS.put(n, field);
        }
    }

    private BatchImport() {
    }

    public static Result read(String filename, byte[] content, Category category, LocalDate today,
                              ListingSettings settings) {
        List<RowProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.empty")));
            return new Result(List.of(), problems);
        }
        if (content.length > MAX_BYTES) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.tooLarge", MAX_BYTES / 1024 / 1024)));
            return new Result(List.of(), problems);
        }
        List<List<String>> table;
        try {
            table = isXlsx(content) ? readXlsx(content) : Csv.read(content);
        } catch (CharacterCodingException e) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.notUtf8")));
            return new Result(List.of(), problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.unreadable", name(filename))));
            return new Result(List.of(), problems);
        }
        if (table.isEmpty()) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.empty")));
            return new Result(List.of(), problems);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> head = table.get(0);
        for (int i = 0; i < head.size(); i++) {
            String f = HEADERS.get(head.get(i).trim().replace("*", ""));
            if (f == null) {
                f = HEADERS.get(head.get(i).trim().toLowerCase(Locale.ROOT));
            }
            if (f != null) {
                columns.put(f, i);
            }
        }
        for (String required : List.of("title", "region", "appraiser", "valuationBaseDate", "appraisedValue", "listingPrice", "deposit")) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(1, FieldProblem.of(required, "import.missingColumn")));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        int dataRows = (int) table.stream().skip(1).filter(r -> r.stream().anyMatch(c -> !c.isBlank())).count();
        if (dataRows == 0) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.empty")));
            return new Result(List.of(), problems);
        }
        if (dataRows > MAX_ROWS) {
            problems.add(new RowProblem(0, FieldProblem.of("file", "import.tooManyRows", MAX_ROWS)));
            return new Result(List.of(), problems);
        }
        List<Parsed> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int fileRow = r + 1;
            RowReader in = new RowReader(cells, columns);
            LotTerms t = new LotTerms(in.text("title"), in.text("description"), in.text("location"), in.text("region"),
                    in.text("appraiser"), in.date("valuationBaseDate"), in.amount("appraisedValue"), in.amount("listingPrice"),
                    in.amount("deposit"), in.amount("increment"), in.amount("reservePrice"), false, null, null,
                    in.method("biddingMethod"), in.text("paymentTerms"), in.yesNo("extensionAllowed"), false, null, in.dutch(),
                    in.courtAssetKind("courtAssetKind"));
            List<FieldProblem> rowProblems = new ArrayList<>(in.problems);
            if (rowProblems.isEmpty()) {
                rowProblems.addAll(LotRules.check(category, t, today, settings));
            }
            for (FieldProblem p : rowProblems) {
                problems.add(new RowProblem(fileRow, p));
            }
            rows.add(new Parsed(fileRow, t));
        }
        return new Result(rows, problems);
    }

    private static String name(String filename) {
        return filename == null ? "" : filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }

    private static boolean isXlsx(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new IOException("too many rows");
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 40); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    /** Reads one row's cells by field, collecting a problem for every cell that is not what it should be. */
    private static final class RowReader {
        final List<String> cells;
        final Map<String, Integer> columns;
        final List<FieldProblem> problems = new ArrayList<>();

        RowReader(List<String> cells, Map<String, Integer> columns) {
            this.cells = cells;
            this.columns = columns;
        }

        String text(String field) {
            Integer i = columns.get(field);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        BigDecimal amount(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            String s = v.replace(",", "").replace("，", "").replace("元", "").trim();
            if (!s.matches("-?\\d{1,15}(\\.\\d+)?")) {
                problems.add(FieldProblem.of(field, "import.notAnAmount", v));
                return null;
            }
            return new BigDecimal(s);
        }

        /** A Dutch lot's terms, when the row fills any of their columns. */
        DutchTerms dutch() {
            if (text("dutch.startPrice") == null && text("dutch.step") == null && text("dutch.intervalSeconds") == null
                    && text("dutch.floor") == null) {
                return null;
            }
            Integer interval = null;
            String v = text("dutch.intervalSeconds");
            if (v != null && v.matches("\\d{1,9}")) {
                interval = Integer.valueOf(v);
            } else if (v != null) {
                problems.add(FieldProblem.of("dutch.intervalSeconds", "import.notAWholeNumber", v));
            }
            return new DutchTerms(amount("dutch.startPrice"), amount("dutch.step"), interval, amount("dutch.floor"));
        }

        LocalDate date(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of(field, "import.notADate", v));
                return null;
            }
        }

        boolean yesNo(String field) {
            String v = text(field);
            return v != null && (v.equals("是") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") || v.equals("1"));
        }

        /** Rule 34: 动产 / 不动产 / 其他财产权 (or the English names); empty for lots that are not court-entrusted. */
        cn.exchange.core.listing.CourtAssetKind courtAssetKind(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            return switch (v) {
                case "动产", "MOVABLE" -> cn.exchange.core.listing.CourtAssetKind.MOVABLE;
                case "不动产", "REAL_ESTATE" -> cn.exchange.core.listing.CourtAssetKind.REAL_ESTATE;
                case "其他财产权", "财产权", "PROPERTY_RIGHT" -> cn.exchange.core.listing.CourtAssetKind.PROPERTY_RIGHT;
                default -> {
                    problems.add(FieldProblem.of(field, "import.unknownCourtAssetKind", v));
                    yield null;
                }
            };
        }

        /**
         * The bidding method as people write it: the form's own wording "网络竞价（多次报价）", with
         * half- or full-width brackets or a dash, a short form (网络竞价, 一次报价, 荷式, 协议), the English words of the
         * pages, or the code.
         */
        BiddingMethod method(String field) {
            String v = text(field);
            if (v == null) {
                return BiddingMethod.ONLINE_ASCENDING;
            }
            String n = v.replaceAll("[\\s()（）\\-－—_·]", "").toLowerCase(Locale.ROOT);
            BiddingMethod m = switch (n) {
                case "网络竞价", "多次报价", "网络竞价多次报价", "onlineascending", "onlinebidding", "onlinebiddingmultiplebids",
                        "onlineascendingbidding" ->
                        BiddingMethod.ONLINE_ASCENDING;
                case "一次报价", "一次性报价", "sealedonetime", "sealedbid", "onebid", "onetimesealedquote" -> BiddingMethod.SEALED_ONE_TIME;
                case "荷式", "荷兰式", "荷式竞价", "荷兰式竞价", "dutch", "dutchauction", "dutchdescending" -> BiddingMethod.DUTCH;
                case "协议", "协议转让", "仅协议", "negotiatedonly", "negotiated", "negotiatedtransfer" -> BiddingMethod.NEGOTIATED_ONLY;
                default -> null;
            };
            if (m == null) {
                problems.add(FieldProblem.of(field, "import.unknownMethod", v));
            }
            return m;
        }
    }
}
