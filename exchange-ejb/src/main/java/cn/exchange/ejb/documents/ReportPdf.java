package cn.exchange.ejb.documents;

/** A supervision report as a landscape PDF table, in the exchange's shared PDF style. */
public final class ReportPdf {

    private ReportPdf() {
    }

    /** {@code tableXhtml}: an escaped XHTML table. */
    public static byte[] render(String exchangeName, String title, String tableXhtml) {
        String head = PdfDocument.HEAD.replace("size: A4;", "size: A4 landscape;").replace("font-size: 11pt", "font-size: 8pt");
        return PdfDocument.render(head + "<h1>" + PdfDocument.esc(title) + "</h1><div class=\"sub\">" + PdfDocument.esc(exchangeName)
                + "</div>" + tableXhtml + "</body></html>");
    }
}
