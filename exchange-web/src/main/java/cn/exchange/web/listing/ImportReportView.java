package cn.exchange.web.listing;

import cn.exchange.ejb.listing.ImportReport;

import java.util.List;
import java.util.Locale;

/** An import report with its messages in the reader's language. */
public record ImportReportView(int rows, int saved, boolean partial, List<Line> problems) {

    /** One problem: the file row (1 is the header, 0 the whole file), the field, the message. */
    public record Line(int row, String field, String code, String message) {
    }

    public static ImportReportView of(ImportReport r, Locale locale) {
        return new ImportReportView(r.rows(), r.saved(), r.partial(), r.problems().stream()
                .map(p -> new Line(p.row(), p.problem().field(), p.problem().code(), p.problem().message(locale))).toList());
    }
}
