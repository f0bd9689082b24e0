package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.NoticeKind;

import java.time.OffsetDateTime;

/** A public notice, as the board and the feed publish it. */
public record NoticeView(long id, long projectId, long lotId, NoticeKind kind, String kindName, OffsetDateTime publishedAt,
                         String title, String body, OffsetDateTime endsAt) {

    public static NoticeView of(Notice n) {
        return new NoticeView(n.getId(), n.getProjectId(), n.getLotId(), n.getKind(), n.getKind().zh(), n.getPublishedAt(),
                n.getTitle(), n.getBody(), n.getEndsAt());
    }
}
