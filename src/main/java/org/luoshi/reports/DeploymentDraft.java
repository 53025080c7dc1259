package org.luoshi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a report deploys, as a draft for a reviewer: nothing here is stored until a person confirms it.
 *
 * @param title the title of the document (of its main article on a newspaper page), or {@code null}
 * @param date the date of the meeting or document, or {@code null} when neither the text nor the caller
 *     gives one
 * @param duplicateParagraphs how many paragraphs were dropped as repeats of an earlier one (exact, or the
 *     same body under another ordinal)
 * @param articles the articles of the page, in order (one for an ordinary document)
 * @param people people named with their roles (区委书记, 区长 …); authors of bylines are not among them
 * @param goals quantitative targets that the document sets as a whole (e.g. 千亿GDP), not tied to one task
 * @param tasks every task found, once
 * @param groups the deployment groups in order; a group printed twice under different ordinals is listed
 *     with {@code duplicateOf}
 * @param places every known place named anywhere in the document, with its division code
 * @param unknownPlaces names that look like places (…镇, …街道) but are not in the gazetteer
 * @param otherPlans plans announced in the page's other articles (a bureau's plan, a commentary's list of
 *     projects), each in the shape of a task: offered to the reviewer apart from the tasks, never taken in unasked
 */
public record DeploymentDraft(String title, LocalDate date, int duplicateParagraphs, List<Article> articles,
		List<Person> people, List<Target> goals, List<Task> tasks, List<Group> groups, List<Place> places,
		List<String> unknownPlaces, List<Task> otherPlans) {

	/** A draft without other plans (one article, or one stored before they were read). */
	public DeploymentDraft(String title, LocalDate date, int duplicateParagraphs, List<Article> articles,
			List<Person> people, List<Target> goals, List<Task> tasks, List<Group> groups, List<Place> places,
			List<String> unknownPlaces) {
		this(title, date, duplicateParagraphs, articles, people, goals, tasks, groups, places, unknownPlaces, List.of());
	}

	public DeploymentDraft {
		otherPlans = otherPlans == null ? List.of() : List.copyOf(otherPlans);
		articles = List.copyOf(articles);
		people = List.copyOf(people);
		goals = List.copyOf(goals);
		tasks = List.copyOf(tasks);
		groups = List.copyOf(groups);
		places = List.copyOf(places);
		unknownPlaces = List.copyOf(unknownPlaces);
	}

	/** One article of a newspaper page; {@code tasks} counts the tasks taken from it. */
	public record Article(String title, int tasks) {
	}

	/** A person named in the text, with the role written before the name (or {@code null}). */
	public record Person(String name, String role) {
	}

	/** A deployment group ("一要…", "（一）…", "关键词一：…"): its heading as written. */
	public record Group(int ordinal, String title, int tasks, String duplicateOf) {
	}

	/** A place of the gazetteer with its administrative division code (GB/T 2260 and township codes). */
	public record Place(String name, String divisionCode) {
	}

	/**
	 * One task: the sentence (or numbered item) as written, the group it belongs to, and what the text says
	 * about who, where, when and how much; {@code enterprises} are known enterprises it names. The deadline is
	 * the one the text names, {@code null} when it names none (never a default); {@code deadlinePast} says it
	 * had already passed on the document's date (kept, so that the reviewer sees it and decides).
	 *
	 * <p>{@code leadUnits} and {@code coUnits} are the units as the document writes them (区发展改革局, not the
	 * organization's 区发改局), or as the reviewer chose them: each name once, a unit that leads never also among the
	 * co-operating ones. {@code unitMatches} says what each of them stands for ({@link UnitMatch}): one entry per name,
	 * the lead units first, then the co-operating ones. A draft stored before units were matched has none; its tasks
	 * are matched when it is read ({@link #unitsMatched()}).
	 */
	public record Task(String group, String text, List<String> leadUnits, List<String> coUnits,
			List<String> places, List<String> unknownPlaces, LocalDate deadline, List<Target> targets,
			List<String> enterprises, boolean deadlinePast, List<UnitMatch> unitMatches) {

		/** A task whose deadline, if any, is not known to have passed, its units not matched yet. */
		public Task(String group, String text, List<String> leadUnits, List<String> coUnits, List<String> places,
				List<String> unknownPlaces, LocalDate deadline, List<Target> targets, List<String> enterprises) {
			this(group, text, leadUnits, coUnits, places, unknownPlaces, deadline, targets, enterprises, false);
		}

		/** A task whose units are not matched yet. */
		public Task(String group, String text, List<String> leadUnits, List<String> coUnits, List<String> places,
				List<String> unknownPlaces, LocalDate deadline, List<Target> targets, List<String> enterprises,
				boolean deadlinePast) {
			this(group, text, leadUnits, coUnits, places, unknownPlaces, deadline, targets, enterprises, deadlinePast,
					List.of());
		}

		public Task {
			leadUnits = leadUnits.stream().distinct().toList();
			List<String> leads = leadUnits;
			coUnits = coUnits.stream().distinct().filter(unit -> !leads.contains(unit)).toList();
			places = List.copyOf(places);
			unknownPlaces = List.copyOf(unknownPlaces);
			targets = List.copyOf(targets);
			enterprises = List.copyOf(enterprises);
			// a draft stored before units were matched has no such field
			unitMatches = unitMatches == null ? List.of() : List.copyOf(unitMatches);
		}

		/**
		 * This task with each unit it names matched by {@code matcher}, given the name as written and its role: the lead
		 * units first, then the co-operating ones.
		 */
		public Task withUnitsMatched(BiFunction<String, UnitMatch.Role, UnitMatch> matcher) {
			List<UnitMatch> matches = new ArrayList<>();
			leadUnits.forEach(unit -> matches.add(matcher.apply(unit, UnitMatch.Role.LEAD)));
			coUnits.forEach(unit -> matches.add(matcher.apply(unit, UnitMatch.Role.CO)));
			return new Task(group, text, leadUnits, coUnits, places, unknownPlaces, deadline, targets, enterprises,
					deadlinePast, matches);
		}

		/** Whether {@code unitMatches} has the match of every unit named, in order (false for a draft stored before). */
		public boolean unitsMatched() {
			if (unitMatches.size() != leadUnits.size() + coUnits.size()) {
				return false;
			}
			for (int i = 0; i < unitMatches.size(); i++) {
				UnitMatch match = unitMatches.get(i);
				boolean lead = i < leadUnits.size();
				String written = lead ? leadUnits.get(i) : coUnits.get(i - leadUnits.size());
				if (!match.written().equals(written) || (match.role() == UnitMatch.Role.LEAD) != lead) {
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * What a unit named on a task stands for in the organization.
	 *
	 * @param written the name as the document (or the reviewer) wrote it: 区发展改革局
	 * @param role whether the task names it as leading or co-operating
	 * @param match {@code UNIQUE}: one unit; {@code AMBIGUOUS}: several (经济发展办 is an office of three towns);
	 *     {@code UNKNOWN}: none
	 * @param unitId the unit, when {@code UNIQUE} among the organization's units; {@code null} otherwise, and in the
	 *     {@code ingest} command line, which matches against the names it ships with and knows no organization
	 * @param unit the name the unit is shown and chosen by, when {@code UNIQUE}: 区发改局 (棠下镇/经济发展办 where the
	 *     short name is shared); {@code null} otherwise
	 * @param candidates when {@code AMBIGUOUS}, the units it may stand for, each by such a name; empty otherwise
	 */
	public record UnitMatch(String written, Role role, Match match, Long unitId, String unit, List<String> candidates) {

		public UnitMatch {
			candidates = candidates == null ? List.of() : List.copyOf(candidates);
		}

		public static UnitMatch unique(String written, Role role, Long unitId, String unit) {
			return new UnitMatch(written, role, Match.UNIQUE, unitId, unit, List.of());
		}

		public static UnitMatch ambiguous(String written, Role role, List<String> candidates) {
			return new UnitMatch(written, role, Match.AMBIGUOUS, null, null, candidates);
		}

		public static UnitMatch unknown(String written, Role role) {
			return new UnitMatch(written, role, Match.UNKNOWN, null, null, List.of());
		}

		public boolean unique() {
			return match == Match.UNIQUE;
		}

		public enum Role {
			LEAD, CO
		}

		public enum Match {
			UNIQUE, AMBIGUOUS, UNKNOWN
		}
	}

	/**
	 * A quantitative target: {@code value} in {@code unit} as written (亿元, %, 个, 家, 公顷 …; a magnitude
	 * such as 万 or 亿 stays in the unit, so 千亿 is 1000 亿元), a level or a growth rate, and how the value
	 * is to be met. A range ("3—5个") has its lower bound as {@code value}, {@code upTo} as its upper bound and
	 * the comparator {@code >=}; {@code upTo} is {@code null} for one value. {@code text} is the target's own words.
	 */
	public record Target(String text, String indicator, Kind kind, BigDecimal value, String unit,
			Comparison comparator, LocalDate deadline, BigDecimal upTo) {

		/** A target of one value (not a range). */
		public Target(String text, String indicator, Kind kind, BigDecimal value, String unit, Comparison comparator,
				LocalDate deadline) {
			this(text, indicator, kind, value, unit, comparator, deadline, null);
		}
	}

	/** Whether a target is a level to reach or a growth rate. */
	public enum Kind {
		LEVEL("level"), GROWTH("growth");

		private final String json;

		Kind(String json) {
			this.json = json;
		}

		@JsonValue
		public String json() {
			return json;
		}
	}

	/** How the value is to be met: 超/突破 (&gt;), 以上/不低于 (&gt;=), 左右 (~), 以内 (&lt;=) … */
	public enum Comparison {
		MORE_THAN(">"), AT_LEAST(">="), ABOUT("~"), EXACTLY("="), AT_MOST("<="), LESS_THAN("<");

		private final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		@JsonValue
		public String symbol() {
			return symbol;
		}
	}
}
