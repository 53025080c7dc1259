package org.luoshi.supervision.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Violation;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.UpdateGoal;

/** The goal form as typed: year and target value are text, so that what cannot be read is said beside the field. */
record GoalForm(String title, String description, String year, String indicator, String targetValue, String targetUnit,
		String comparator, String targetDeadline, Boolean published, String boundIndicator, String boundPlace, Integer version) {

	/** What the comparator select offers, in the order people read them. */
	static final List<Comparator> COMPARATORS = List.of(new Comparator(">=", "at-least"), new Comparator(">", "above"),
			new Comparator("=", "equal"), new Comparator("~", "about"), new Comparator("<=", "at-most"), new Comparator("<", "below"));

	/** A comparator as the goal stores it, and the name of its label ({@code goals.comparator.<name>}). */
	record Comparator(String symbol, String name) {
	}

	static GoalForm blank(int year) {
		return new GoalForm("", "", String.valueOf(year), "", "", "", ">=", "", false, "", "", null);
	}

	static GoalForm of(GoalDetails goal) {
		GoalDetails.Indicator indicator = goal.indicator();
		return new GoalForm(goal.title(), goal.description(), String.valueOf(goal.year()),
				indicator == null ? "" : indicator.name(),
				indicator == null || indicator.value() == null ? "" : indicator.value().stripTrailingZeros().toPlainString(),
				indicator == null ? "" : indicator.unit(), indicator == null ? ">=" : indicator.comparator(),
				indicator == null || indicator.deadline() == null ? "" : indicator.deadline().toString(), goal.published(),
				goal.binding() == null ? "" : goal.binding().indicatorCode(), goal.binding() == null ? "" : goal.binding().placeCode(),
				goal.version());
	}

	GoalForm withVersion(int newVersion) {
		return new GoalForm(title, description, year, indicator, targetValue, targetUnit, comparator, targetDeadline, published,
				boundIndicator, boundPlace, newVersion);
	}

	CreateGoal toCreate() {
		List<Violation> problems = new ArrayList<>();
		Integer yearNumber = Forms.integer(year, "year", problems);
		BigDecimal value = Forms.decimal(targetValue, "targetValue", problems);
		Forms.stopIfAny(problems);
		return new CreateGoal(title, description, yearNumber, indicator, value, targetUnit, comparator, targetDeadline,
				Boolean.TRUE.equals(published), boundIndicator, boundPlace);
	}

	UpdateGoal toUpdate(long id) {
		CreateGoal read = toCreate();
		return new UpdateGoal(id, version == null ? -1 : version, read.title(), read.description(), read.year(), read.indicator(),
				read.targetValue(), read.targetUnit(), read.comparator(), read.targetDeadline(), read.published(), read.boundIndicator(),
				read.boundPlace());
	}
}
