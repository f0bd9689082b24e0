package cn.exchange.web.listing;

import cn.exchange.ejb.listing.ImportReport;
import cn.exchange.web.shell.Bundle;

import java.util.List;
import java.util.Locale;

/** An import report with its messages in the reader's language. */
public record ImportReportView(int rows, int saved, boolean partial, List<Line> problems) {

    /**
     * One problem: the file row (1 is the header, 0 the whole file), the field (its code for a program), the column as
     * the clerk's file names it ("挂牌价"; in English "Listing price"), the message.
     */
    public record Line(int row, String field, String column, String code, String message) {
    }

    public static ImportReportView of(ImportReport r, Locale locale) {
        Bundle words = Bundle.of(locale);
        return new ImportReportView(r.rows(), r.saved(), r.partial(), r.problems().stream()
                .map(p -> new Line(p.row(), p.problem().field(), column(words, p.problem().field()), p.problem().code(),
                        p.problem().message(locale))).toList());
    }

    /** The column's name (importField.* in the page bundle); a problem of the whole file has none. */
    static String column(Bundle words, String field) {
        return field == null || field.isBlank() ? "" : words.label("importField.", field);
    }
}
