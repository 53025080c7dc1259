package org.luoshi.calendar.internal;

import java.time.LocalDate;

import org.luoshi.calendar.DayKind;

/** A holiday or make-up working day as stored, with where it comes from. */
public record MarkedDay(LocalDate date, DayKind kind, String name, Origin origin) {
}
