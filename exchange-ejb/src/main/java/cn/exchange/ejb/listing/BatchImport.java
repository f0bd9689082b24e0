package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.LotRules;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.shared.Csv;
import cn.exchange.core.shared.FieldProblem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
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
            table = isXlsx(content) ? Spreadsheets.rows(content) : Csv.read(content);
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
            ImportRow in = new ImportRow(cells, columns);
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

}
