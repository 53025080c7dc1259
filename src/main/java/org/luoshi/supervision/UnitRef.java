package org.luoshi.supervision;

/** A unit as a task names it: its id and its short name. */
public record UnitRef(long id, String name) {
}
