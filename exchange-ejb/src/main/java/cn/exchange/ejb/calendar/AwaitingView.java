package cn.exchange.ejb.calendar;

import java.time.OffsetDateTime;

/** A deadline awaiting its year's calendar, as staff see it: what it is, of which record, since when. */
public record AwaitingView(DeadlineKind kind, String objectType, long objectId, String what, int year, OffsetDateTime recordedAt) {
}
