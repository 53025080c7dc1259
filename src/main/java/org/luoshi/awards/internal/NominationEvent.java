package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What a step on a {@link Nomination} did, in the past tense: at once its timeline entry (message key
 * {@code awards.nomination.event.<kind>}), its audit entry ({@code awards.nomination.<kind>}) and, where the nominating
 * unit must hear of it, its notification ({@code awards.nomination.notify.<kind>}). Never a birth date: only figures.
 */
public sealed interface NominationEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "awards.nomination.";
	}

	default Audience audience(Nomination nomination) {
		return Audience.NOBODY;
	}

	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	record Submitted(String collective, int members, int under35, BigDecimal averageAge) implements NominationEvent {

		public String kind() {
			return "submitted";
		}

		public Map<String, Object> data() {
			return entries("collective", collective, "members", members, "under35", under35, "averageAge", averageAge);
		}
	}

	record Withdrawn(String text) implements NominationEvent {

		public String kind() {
			return "withdrawn";
		}
	}

	/**
	 * A file attached to one of the campaign's evidence items. No one is notified: the office reads the checklist when it
	 * checks qualification.
	 */
	record EvidenceAttached(String evidenceItem, String file, long size, String sha256) implements NominationEvent {

		public String kind() {
			return "evidence-attached";
		}

		public Map<String, Object> data() {
			return entries("evidenceItem", evidenceItem, "file", file, "size", size, "sha256", sha256);
		}
	}

	/** A file removed by the nominating unit while nominations are open; the audit trail keeps its name and SHA-256. */
	record EvidenceRemoved(String evidenceItem, String file, String sha256) implements NominationEvent {

		public String kind() {
			return "evidence-removed";
		}

		public Map<String, Object> data() {
			return entries("evidenceItem", evidenceItem, "file", file, "sha256", sha256);
		}
	}

	record Qualified() implements NominationEvent {

		public String kind() {
			return "qualified";
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}

	record Disqualified(String text) implements NominationEvent {

		public String kind() {
			return "disqualified";
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}

	record RecusalDeclared(String reviewer, String text) implements NominationEvent {

		public String kind() {
			return "recusal-declared";
		}

		public Map<String, Object> data() {
			return entries("reviewer", reviewer);
		}
	}

	/** A reviewer's scores, criterion by criterion ({@code scores}: 「name score/max」 joined). */
	record Scored(String reviewer, String scores) implements NominationEvent {

		public String kind() {
			return "scored";
		}

		public Map<String, Object> data() {
			return entries("reviewer", reviewer, "scores", scores);
		}
	}

	record Proposed(int rank, BigDecimal total, String text) implements NominationEvent {

		public String kind() {
			return "proposed";
		}

		public Map<String, Object> data() {
			return entries("rank", rank, "total", total);
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}

	record PassedOver(int rank, BigDecimal total, String text) implements NominationEvent {

		public String kind() {
			return "passed-over";
		}

		public Map<String, Object> data() {
			return entries("rank", rank, "total", total);
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}

	record Dropped(long objectionId, String text) implements NominationEvent {

		public String kind() {
			return "dropped";
		}

		public Map<String, Object> data() {
			return entries("objection", objectionId);
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}

	record Awarded(String number) implements NominationEvent {

		public String kind() {
			return "awarded";
		}

		public Map<String, Object> data() {
			return entries("number", number);
		}

		public Audience audience(Nomination nomination) {
			return Audience.units(nomination.nominatingUnitId());
		}
	}
}
