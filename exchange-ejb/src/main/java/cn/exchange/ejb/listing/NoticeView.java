package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.NoticeKind;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * A public notice, as the board and the feed publish it: the Chinese title and text of record, and their English.
 *
 * @param endsAwaiting the year whose calendar a result notice's end awaits (rule 1), or null
 * @param titleEn      the title in English (the Chinese one on a notice published before English was kept)
 * @param bodyEn       the text in English (likewise)
 */
public record NoticeView(long id, long projectId, long lotId, NoticeKind kind, String kindName, OffsetDateTime publishedAt,
                         String title, String body, OffsetDateTime endsAt, Integer endsAwaiting, String titleEn, String bodyEn) {

    /** The notice; {@code calendar} is asked only for a result notice whose end awaits its year's calendar. */
    public static NoticeView of(Notice n, Supplier<WorkingDayCalendar> calendar) {
        Integer awaiting = n.getKind() == NoticeKind.DEAL_RESULT && n.getEndsAt() == null
                ? calendar.get().awaitingYear(ExchangeTime.day(n.getPublishedAt())) : null;
        return new NoticeView(n.getId(), n.getProjectId(), n.getLotId(), n.getKind(), n.getKind().zh(), n.getPublishedAt(),
                n.getTitle(), n.getBody(), n.getEndsAt(), awaiting, n.getTitleEn(), n.getBodyEn());
    }
}
