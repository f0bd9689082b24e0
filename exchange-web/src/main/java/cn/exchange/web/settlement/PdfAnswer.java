package cn.exchange.web.settlement;

import jakarta.ws.rs.core.Response;

/** A PDF answered inline under the name a browser saves it as: the deal's contract texts and the certificate. */
final class PdfAnswer {

    private PdfAnswer() {
    }

    static Response inline(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
