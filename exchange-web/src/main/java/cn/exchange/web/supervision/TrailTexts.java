package cn.exchange.web.supervision;

import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.supervision.TrailService;
import cn.exchange.web.settlement.LedgerTexts;
import cn.exchange.web.shell.Bundle;
import cn.exchange.web.shell.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A trail entry in words: statuses, opinions, replies, bid kinds and results, notice kinds, ledger
 * postings and accounts through the page bundle in the reader's language — one wording for the trail page
 * ({@code #{trailText.of(e)}}) and the trail API ({@link #view}). What an audit record says is shown as recorded:
 * it is the hash-chained evidence, not a label.
 */
@Named("trailText")
@ApplicationScoped
public class TrailTexts {

    /** The API's form of a trail entry: the entry with its text in the caller's language. */
    public record EntryView(OffsetDateTime at, String kind, String actor, String role, String ip, String code, String text,
                            String hash, Boolean verified) {
    }

    public record TrailView(long lotId, String projectNumber, String title, String status, List<EntryView> entries,
                            int auditRecords, int auditVerified, boolean chainVerified, List<cn.exchange.core.supervision.RedFlags.Flag> flags) {
    }

    /** The entry in words; an audit record's own summary apart ({@link #recorded}), quoted as recorded. */
    public String of(TrailService.Entry e) {
        return text(Bundle.of(Pages.locale()), e);
    }

    /** What an audit record says, as it was recorded and hashed (null for other entries). */
    public String recorded(TrailService.Entry e) {
        return "AUDIT".equals(e.code()) ? e.args().get(4) : null;
    }

    public static TrailView view(TrailService.Trail t, Locale locale) {
        Bundle b = Bundle.of(locale);
        return new TrailView(t.lotId(), t.projectNumber(), t.title(), t.status(), t.entries().stream().map(e -> new EntryView(e.at(),
                e.kind(), e.actor(), e.role(), e.ip(), e.code(), "AUDIT".equals(e.code()) ? text(b, e) + (b.english() ? ": " : "：")
                + e.args().get(4) : text(b, e), e.hash(), e.verified())).toList(), t.auditRecords(),
                t.auditVerified(), t.chainVerified(), t.flags());
    }

    static String text(Bundle b, TrailService.Entry e) {
        List<String> a = e.args();
        return switch (e.code()) {
            case "AUDIT" -> b.text("trailText.audit", a.get(0), b.label("trailObject.", a.get(1)), a.get(2), action(b, a.get(3)));
            case "NOTICE" -> b.text("trailText.notice", b.label("noticeKind.", a.get(0)), a.get(1), a.get(2));
            case "DOCUMENT" -> b.text("trailText.document", a.get(0));
            case "DEAL_DOCUMENT" -> b.text("trailText.dealDocument", b.label("dealDocument.", a.get(0)));
            case "APPLICATION" -> b.text("trailText.application", a.get(0), b.label("applicationStatus.", a.get(1)))
                    + (a.get(2) == null ? "" : b.text("trailText.application.code", a.get(2)))
                    + (a.get(3) == null ? "" : b.text("trailText.application.opinion", b.label("opinion.", a.get(3)), nz(a.get(4))))
                    + (a.get(5) == null ? "" : b.text("trailText.application.reply", b.label("reply.", a.get(5))))
                    + b.text("trailText.application." + a.get(6));
            case "BID" -> b.text("trailText.bid", a.get(0), a.get(1), b.label("bidKind.", a.get(2)),
                    a.get(3) == null ? "" : b.text("trailText.bid.code", a.get(3)),
                    a.get(4) == null ? "" : b.text("trailText.bid.amount", b.yuan(new BigDecimal(a.get(4)))), result(b, a.get(5)));
            case "LATE_BID" -> b.text("trailText.lateBid", a.get(0), a.get(1) == null ? "" : b.yuan(new BigDecimal(a.get(1))),
                    result(b, a.get(2)));
            case "SESSION" -> b.text("trailText.session." + a.get(1), a.get(0), nz(a.get(2)), a.get(3), a.get(4));
            case "POSTING" -> b.text("trailText.posting", b.label("postingKind.", a.get(0)), LedgerTexts.memoOf(b, a.get(0), a.get(1)),
                    LedgerTexts.linesOf(b, a.subList(2, a.size())));
            default -> String.join(" ", a.stream().map(TrailTexts::nz).toList());
        };
    }

    /** An audit record's action in the reader's words ({@code #{trailText.action(r.action)}} on the audit page). */
    public String action(String action) {
        return action(Bundle.of(Pages.locale()), action);
    }

    /**
     * "project.registered" → 项目登记; a family named by its outcome ("listing.auction_scheduled", "deposit.matched",
     * "payment.deal_payment", "debit.wrong_amount") → the family's words with the outcome's label; else the code.
     */
    static String action(Bundle b, String action) {
        if (action == null) {
            return "";
        }
        if (b.has("auditAction." + action)) {
            return b.text("auditAction." + action);
        }
        int dot = action.indexOf('.');
        if (dot > 0) {
            String family = action.substring(0, dot);
            String outcome = action.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
            for (String labels : List.of("noticeKind.", "depositMatch.", "debitOutcome.")) {
                if (b.has("auditAction." + family) && b.has(labels + outcome)) {
                    return b.text("auditAction." + family, b.text(labels + outcome));
                }
            }
        }
        return action;
    }

    /** A bid's result: accepted, an engine event (paused, closed), or why it was refused in the rule's words. */
    static String result(Bundle b, String result) {
        if (result == null) {
            return "";
        }
        if (b.has("bidResult." + result)) {
            return b.text("bidResult." + result);
        }
        if (DomainMessages.has("auction.reason." + result)) {
            return b.text("bidResult.refused", DomainMessages.format(b.locale(), "auction.reason." + result));
        }
        return result;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
