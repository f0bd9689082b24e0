package cn.exchange.core.calendar;

import java.util.function.Supplier;

/**
 * A deadline counted in working days — or, when the count reaches a year whose calendar has not been entered, the year
 * it awaits (rule 1: never guess, never stall). The step that needed the deadline goes ahead; the deadline is recorded
 * as awaiting and computed when the year is entered.
 *
 * @param value        the deadline, or null while awaiting
 * @param awaitingYear the year whose calendar it awaits, or null when counted
 */
public record Counted<T>(T value, Integer awaitingYear) {

    /** Counts now; a {@link YearNotEntered} becomes an awaiting deadline. */
    public static <T> Counted<T> of(Supplier<T> count) {
        try {
            return new Counted<>(count.get(), null);
        } catch (YearNotEntered e) {
            return new Counted<>(null, e.year());
        }
    }

    public boolean awaiting() {
        return awaitingYear != null;
    }
}
