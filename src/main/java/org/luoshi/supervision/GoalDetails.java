package org.luoshi.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A goal with how far its tasks have come.
 *
 * @param sourceRef e.g. the id of the report it was confirmed from
 * @param binding the economic indicator and place whose figures measure the goal, or {@code null}
 * @param tasks its top-level tasks, {@code closed} of them closed, {@code red} and {@code yellow} of the open ones late
 *     or at risk
 * @param percent the average share done of its open and closed tasks (closed count as 100)
 */
public record GoalDetails(long id, String title, String description, TaskSource source, String sourceRef, int year,
		Indicator indicator, Binding binding, UnitRef ownerUnit, boolean published, int tasks, int closed, int red, int yellow, int drafts,
		int percent, int version, Instant createdAt, Instant updatedAt) {

	/** What measures the goal: an indicator, the value to reach and how ({@code >=}, {@code >} …), by when. */
	/** The economic indicator (its code) and the place (a division code) whose target for the goal's year measures it. */
	public record Binding(String indicatorCode, String placeCode) {
	}

	public record Indicator(String name, BigDecimal value, String unit, String comparator, LocalDate deadline) {
	}
}
