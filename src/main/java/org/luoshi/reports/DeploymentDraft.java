package org.luoshi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
	 */
	public record Task(String group, String text, List<String> leadUnits, List<String> coUnits,
			List<String> places, List<String> unknownPlaces, LocalDate deadline, List<Target> targets,
			List<String> enterprises, boolean deadlinePast) {

		/** A task whose deadline, if any, is not known to have passed. */
		public Task(String group, String text, List<String> leadUnits, List<String> coUnits, List<String> places,
				List<String> unknownPlaces, LocalDate deadline, List<Target> targets, List<String> enterprises) {
			this(group, text, leadUnits, coUnits, places, unknownPlaces, deadline, targets, enterprises, false);
		}

		public Task {
			leadUnits = List.copyOf(leadUnits);
			coUnits = List.copyOf(coUnits);
			places = List.copyOf(places);
			unknownPlaces = List.copyOf(unknownPlaces);
			targets = List.copyOf(targets);
			enterprises = List.copyOf(enterprises);
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
