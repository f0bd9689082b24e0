package cn.exchange.ejb.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A deadline a calendar correction touched, for staff to review: as recorded, and as the corrected calendar counts the
 * same period. Nothing moves by itself; staff act on the record (amend, extend, dismiss a default…) and mark it reviewed.
 */
public record ReviewView(long id, int year, int version, String objectType, long objectId, String what, LocalDate periodFrom,
                         String deadline, String recounted, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) {
}
