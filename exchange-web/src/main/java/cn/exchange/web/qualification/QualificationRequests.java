package cn.exchange.web.qualification;

import cn.exchange.core.qualification.Application;

import java.util.List;

/** The request bodies of {@link ApplicationResource}. */
public final class QualificationRequests {

    private QualificationRequests() {
    }

    /**
     * The exchange's opinion. Rule 13: a rejection names in {@code grounds} one or more codes from
     * {@code GET /api/qualification/lots/{lotId}/rejection-grounds} — the lot's published buyer conditions {@code C1},
     * {@code C2}, … or rule 16's deposit {@code R16} — and in {@code reason} the staff's words beside them.
     */
    public record Review(Application.Opinion opinion, List<String> grounds, String reason) {
    }

    public record Reply(Application.Reply reply, String note) {
    }

    public record Ruling(Boolean qualified, String text) {
    }

    /** Many lots at once, with one declaration ({@code throughAgent}: an agent applies, rule 38). */
    public record BatchApplication(List<Long> lotIds, boolean commitmentAccepted, String relatedParties, boolean priorityRight,
                                   boolean throughAgent) {
    }
}
