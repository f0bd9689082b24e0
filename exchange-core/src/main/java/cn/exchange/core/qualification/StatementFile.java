package cn.exchange.core.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.Csv;
import cn.exchange.core.shared.FieldProblem;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bank statement file the settlement clerk imports: CSV, UTF-8, one transaction per line, with a header row:
 * <pre>
 * 银行流水号,入账时间,金额,付款人名称,付款人账号,附言[,借贷标志]
 * (or) bankTransactionId,receivedAt,amount,payerName,payerAccount,reference[,direction]
 * </pre>
 * The optional last column tells credits (贷, C, CR — the default) from debits (借, D, DR): a debit is money leaving the
 * settlement account — a refund or payout the exchange instructed — and its "payer" columns name the payee.
 * Fields may be quoted (a payer name with a comma). {@code 入账时间} is {@code yyyy-MM-dd HH:mm:ss} Beijing time (or ISO-8601 with an offset); {@code 金额} a positive
 * amount with at most two decimals. A malformed line is reported by line and field and not imported; the others are.
 * A transaction id twice in one file is reported (the database keeps each id once across files, so a statement
 * imported twice changes nothing).
 */
public final class StatementFile {

    public static final int MAX_LINES = 20_000;

    /** One line: the transaction, and whether it is a debit (money out). */
    public record Line(int line, BankCredit credit, boolean debit) {
    }

    public record Problem(int line, FieldProblem problem) {
    }

    public record Parsed(List<Line> credits, List<Problem> problems) {
    }

    private static final String[][] HEADERS = {
            {"银行流水号", "bankTransactionId"}, {"入账时间", "receivedAt"}, {"金额", "amount"}, {"付款人名称", "payerName"},
            {"付款人账号", "payerAccount"}, {"附言", "reference"}};

    private StatementFile() {
    }

    public static Parsed parse(byte[] content) {
        List<Line> credits = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<List<String>> rows;
        try {
            rows = Csv.read(content == null ? new byte[0] : content);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(0, FieldProblem.of("file", "import.notUtf8")));
            return new Parsed(credits, problems);
        }
        if (rows.isEmpty() || String.join("", rows.get(0)).isBlank()) {
            problems.add(new Problem(0, FieldProblem.of("file", "import.empty")));
            return new Parsed(credits, problems);
        }
        if (rows.size() > MAX_LINES + 1) {
            problems.add(new Problem(0, FieldProblem.of("file", "import.tooManyRows", MAX_LINES)));
            return new Parsed(credits, problems);
        }
        List<String> head = rows.get(0);
        int[] col = new int[HEADERS.length];
        for (int f = 0; f < HEADERS.length; f++) {
            col[f] = -1;
            for (int i = 0; i < head.size(); i++) {
                String h = head.get(i).trim();
                if (h.equals(HEADERS[f][0]) || h.equalsIgnoreCase(HEADERS[f][1])) {
                    col[f] = i;
                }
            }
            if (col[f] < 0) {
                problems.add(new Problem(1, FieldProblem.of(HEADERS[f][1], "import.missingColumn")));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(credits, problems);
        }
        int direction = -1;
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i).trim();
            if (h.equals("借贷标志") || h.equalsIgnoreCase("direction")) {
                direction = i;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int n = 1; n < rows.size(); n++) {
            List<String> c = rows.get(n);
            if (String.join("", c).isBlank()) {
                continue;
            }
            int lineNo = n + 1;
            List<FieldProblem> p = new ArrayList<>();
            String id = cell(c, col[0]);
            if (id.isEmpty() || id.length() > 64) {
                p.add(FieldProblem.of("bankTransactionId", "common.required"));
            } else if (!seen.add(id)) {
                p.add(FieldProblem.of("bankTransactionId", "statement.duplicateInFile", id));
            }
            OffsetDateTime at = null;
            String t = cell(c, col[1]);
            try {
                at = t.length() > 19 ? OffsetDateTime.parse(t)
                        : LocalDateTime.parse(t.replace(' ', 'T')).atZone(ExchangeTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                p.add(FieldProblem.of("receivedAt", "import.notADate", t));
            }
            BigDecimal amount = null;
            String a = cell(c, col[2]).replace(",", "");
            if (!a.matches("\\d{1,13}(\\.\\d{1,2})?") || new BigDecimal(a).signum() <= 0) {
                p.add(FieldProblem.of("amount", "import.notAnAmount", cell(c, col[2])));
            } else {
                amount = new BigDecimal(a).setScale(2);
            }
            String payer = cell(c, col[3]);
            if (payer.isEmpty()) {
                p.add(FieldProblem.of("payerName", "common.required"));
            }
            String dir = direction < 0 ? "" : cell(c, direction).toUpperCase(java.util.Locale.ROOT);
            boolean debit = switch (dir) {
                case "借", "D", "DR", "DEBIT" -> true;
                case "", "贷", "C", "CR", "CREDIT" -> false;
                default -> {
                    p.add(FieldProblem.of("direction", "statement.direction", cell(c, direction)));
                    yield false;
                }
            };
            if (p.isEmpty()) {
                credits.add(new Line(lineNo, new BankCredit(id, at, amount, payer, cell(c, col[4]), cell(c, col[5])), debit));
            } else {
                p.forEach(x -> problems.add(new Problem(lineNo, x)));
            }
        }
        return new Parsed(credits, problems);
    }

    private static String cell(List<String> c, int i) {
        return i < c.size() ? c.get(i).trim() : "";
    }
}
