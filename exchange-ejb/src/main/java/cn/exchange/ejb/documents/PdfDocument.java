package cn.exchange.ejb.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every PDF of the exchange shares: A4 pages numbered "n / m", the shipped Noto Serif SC font (TrueType outlines,
 * OFL — {@code fonts/OFL.txt}) embedded as a subset so that Chinese text prints and extracts, key/value tables, and
 * escaping of everything that goes into the XHTML.
 */
final class PdfDocument {

    static final String FONT = "fonts/NotoSerifSC-Regular.ttf";

    static final String HEAD = "<html><head><meta charset=\"UTF-8\"/><style>"
            + "@page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-family: 'Noto Serif SC'; font-size: 9pt; } }"
            + "body { font-family: 'Noto Serif SC'; font-size: 11pt; line-height: 1.6; }"
            + "h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; } .sub { text-align: center; color: #555; margin-bottom: 6mm; }"
            + "table { width: 100%; border-collapse: collapse; } td, th { border: 0.5pt solid #999; padding: 2mm 3mm; vertical-align: top; }"
            + "th { background: #f3f3f3; font-weight: normal; } td.k { width: 32%; background: #f3f3f3; } .notes { margin-top: 6mm; font-size: 10pt; }"
            + ".sign { margin-top: 14mm; } .sign td { border: none; height: 18mm; }"
            + "</style></head><body>";

    private PdfDocument() {
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> PdfDocument.class.getResourceAsStream(FONT), "Noto Serif SC");
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void row(StringBuilder h, String k, String v) {
        h.append("<tr><td class=\"k\">").append(esc(k)).append("</td><td>").append(esc(v == null || v.isBlank() ? "—" : v))
                .append("</td></tr>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped, never passed to the parser
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
