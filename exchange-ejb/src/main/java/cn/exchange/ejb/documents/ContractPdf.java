package cn.exchange.ejb.documents;

import cn.exchange.core.settlement.ContractTemplate;

import java.util.List;

/**
 * The contract (产权交易合同, docs/rules.md §1.6, rules 26–29) as a PDF: the template's numbered clauses filled from the deal,
 * the price in figures and in uppercase inside them, and the signature block — empty on the text the parties review,
 * with each side's confirmation (account, time, IP, the hash of the text it was shown) on the signed version.
 */
public final class ContractPdf {

    /** One party's confirmation in the system. */
    public record Signature(String side, String partyName, String username, String signedAt, String ip, String sha256) {
    }

    private ContractPdf() {
    }

    public static byte[] render(String exchangeName, String contractNo, String title, List<ContractTemplate.Clause> clauses,
                                List<Signature> signatures) {
        StringBuilder h = new StringBuilder(PdfDocument.HEAD);
        h.append("<h1>").append(PdfDocument.esc(title)).append("</h1>");
        h.append("<div class=\"sub\">合同编号 ").append(PdfDocument.esc(contractNo)).append(" · ").append(PdfDocument.esc(exchangeName))
                .append(" 组织签订</div>");
        for (ContractTemplate.Clause c : clauses) {
            h.append("<p><b>").append(PdfDocument.esc(c.heading())).append("</b></p>");
            for (String para : c.text().split("\n")) {
                h.append("<p style=\"text-indent: 2em; margin: 1mm 0;\">").append(PdfDocument.esc(para)).append("</p>");
            }
        }
        if (signatures.isEmpty()) {
            h.append("<table class=\"sign\"><tr><td>转让方（甲方）确认：</td><td>受让方（乙方）确认：</td></tr>"
                    + "<tr><td>日期：</td><td>日期：</td></tr></table>");
            h.append("<p class=\"notes\">本文本供双方审阅；双方在交易系统中确认签署后，系统生成载明签署记录的合同正本。</p>");
        } else {
            h.append("<div class=\"notes\"><b>签署记录</b>（双方在交易系统中以本人账户确认签署；时间为服务器北京时间）</div><table>");
            h.append("<tr><th>当事人</th><th>名称</th><th>账户</th><th>签署时间</th><th>IP 地址</th><th>所确认文本的 SHA-256</th></tr>");
            for (Signature s : signatures) {
                h.append("<tr><td>").append(PdfDocument.esc(s.side())).append("</td><td>").append(PdfDocument.esc(s.partyName()))
                        .append("</td><td>").append(PdfDocument.esc(s.username())).append("</td><td>").append(PdfDocument.esc(s.signedAt()))
                        .append("</td><td>").append(PdfDocument.esc(s.ip())).append("</td><td style=\"font-size: 7pt; word-break: break-all;\">")
                        .append(PdfDocument.esc(s.sha256())).append("</td></tr>");
            }
            h.append("</table><p class=\"notes\">双方签署完成，本合同生效。</p>");
        }
        h.append("</body></html>");
        return PdfDocument.render(h.toString());
    }
}
