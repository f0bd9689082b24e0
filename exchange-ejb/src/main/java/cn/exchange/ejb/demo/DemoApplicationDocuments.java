package cn.exchange.ejb.demo;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.ApplicationDocument;
import cn.exchange.core.qualification.ApplicationDocumentKind;
import cn.exchange.core.qualification.ApplicationDocumentRules;
import cn.exchange.ejb.command.CommandContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a demo application (rule 38): each one the bidder's kind requires, a one-page PDF saying what it
 * stands for, checked as an upload is — so the demo's applications are complete and a reviewer can find them qualified.
 */
final class DemoApplicationDocuments {

    private DemoApplicationDocuments() {
    }

    static void attach(CommandContext ctx, Application a, Party bidder) {
        for (ApplicationDocumentKind kind : ApplicationDocumentRules.required(bidder.getKind(), a.isThroughAgent())) {
            byte[] pdf = pdf("Demo " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " of party " + bidder.getId());
            var checked = ApplicationDocumentRules.check(bidder.getKind(), kind, kind.field() + ".pdf", pdf);
            var d = new ApplicationDocument(a.getId(), kind, checked, pdf, AuditChain.sha256Hex(pdf), a.getSubmittedAt(), "demo");
            ctx.em().persist(d);
        }
    }

    /** A one-page PDF showing {@code text} (ASCII) in Helvetica, with a correct cross-reference table. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 14 Tf 72 760 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder b = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> b.append(String.format("%010d 00000 n \n", o)));
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, b.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
