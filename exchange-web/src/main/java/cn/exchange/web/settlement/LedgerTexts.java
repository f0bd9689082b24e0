package cn.exchange.web.settlement;

import cn.exchange.web.shell.Bundle;
import cn.exchange.web.shell.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ledger in words: a posting's kind, the variable part of its memo (a bank transaction, a payee,
 * a forfeiture's ground) and its accounts ("保证金（报名 16）") in the reader's language — the memo as recorded stays
 * in the ledger and its CSV, the pages show no code. {@code #{ledgerText.kind(p.kind)}} on pages.
 */
@Named("ledgerText")
@ApplicationScoped
public class LedgerTexts {

    public String kind(String kind) {
        return kind(Bundle.of(Pages.locale()), kind);
    }

    public String memo(String kind, String memo) {
        return memoOf(Bundle.of(Pages.locale()), kind, memo);
    }

    public String account(String account) {
        return account(Bundle.of(Pages.locale()), account);
    }

    public String line(String account, BigDecimal amount) {
        Bundle b = Bundle.of(Pages.locale());
        return b.text("ledgerLine", account(b, account), b.yuan(amount));
    }

    public static String kind(Bundle b, String kind) {
        return b.label("postingKind.", kind);
    }

    /** What a memo adds to its kind: the bank transaction, the payee or the forfeiture's ground; the rest its kind says. */
    public static String memoOf(Bundle b, String kind, String memo) {
        if (memo == null || memo.isBlank()) {
            return "";
        }
        if (memo.startsWith("bank ")) {
            return b.text("postingMemo.bank", memo.substring(5).strip());
        }
        if (memo.startsWith("instructed to ")) {
            return b.text("postingMemo.payee", memo.substring(14).strip());
        }
        int open = memo.indexOf('(');
        int close = memo.indexOf(')', open + 1);
        if ("DEPOSIT_FORFEITED".equals(kind) && open >= 0 && close > open) {
            return b.text("postingMemo.ground", b.label("forfeiture.ground.", memo.substring(open + 1, close).strip()));
        }
        // a fixed memo only repeats its kind in English (e.g. "buyer's service fee"); a memo written by a person is shown
        return b.has("postingKind." + kind) && memo.chars().noneMatch(c -> c > 0x2E7F) ? "" : " " + memo;
    }

    /** "DEPOSIT:16" → 保证金（报名 16）; BANK → 银行存款. */
    public static String account(Bundle b, String account) {
        if (account == null) {
            return "";
        }
        int colon = account.indexOf(':');
        String type = colon < 0 ? account : account.substring(0, colon);
        if (!b.has("ledgerAccount." + type)) {
            return account;
        }
        return colon < 0 ? b.text("ledgerAccount." + type) : b.text("ledgerAccount." + type, account.substring(colon + 1));
    }

    /** A posting's lines from the trail's parts: account, amount, account, amount … */
    public static String linesOf(Bundle b, List<String> pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            if (out.length() > 0) {
                out.append(b.english() ? "; " : "；");
            }
            out.append(b.text("ledgerLine", account(b, pairs.get(i)), b.yuan(new BigDecimal(pairs.get(i + 1)))));
        }
        return out.toString();
    }
}
