package org.luoshi.enterprise.visits.internal;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.shared.Changes;
import org.luoshi.shared.lifecycle.LifecycleEvent;

/**
 * What a step on a {@link Visit} did, in the past tense. Each event is at once the visit's timeline entry
 * ({@link #kind}, {@link #text}), its audit entry ({@link #action}, {@link #changes}) and, when someone must hear of it,
 * its notification ({@link #notifiesTowns}, {@link #message}). The command path renders all three; no step assembles
 * them.
 */
sealed interface VisitEvent extends LifecycleEvent {

	/** The timeline entry's kind, as stored ({@code visit_event.kind}) and named in the bundles ({@code visits.event.*}). */
	String kind();

	/** The words of the entry: a reason, the fields changed, the photos added. */
	default String text() {
		return null;
	}

	/**
	 * Whether the towns keeping the visit's enterprises hear of it (other than the organizing unit): a leader's visit
	 * planned in their town, or called off, is theirs to prepare for.
	 */
	default boolean notifiesTowns() {
		return false;
	}

	/** The notification's subject key, when {@link #notifiesTowns}. */
	default String message() {
		return null;
	}

	/** A visit was planned for {@code day}. */
	record Planned(LocalDate day, Changes changes) implements VisitEvent {

		public String kind() {
			return "PLANNED";
		}

		public String action() {
			return "visit.planned";
		}

		public boolean notifiesTowns() {
			return true;
		}

		public String message() {
			return "visits.notify.planned";
		}
	}

	/** The visit was recorded: a planned one that took place ({@code planned}), or one recorded directly. */
	record Recorded(boolean planned, LocalDate day, Changes changes) implements VisitEvent {

		public String kind() {
			return planned ? "RECORDED" : "RECORDED_UNPLANNED";
		}

		public String action() {
			return "visit.recorded";
		}
	}

	/**
	 * A planned visit changed; {@code fields} names what, as the audit trail and the API name the fields. The entry
	 * keeps the names, not words (its text is {@link #FIELD_SEPARATOR}-joined names, as since the first visit): each
	 * reader sees them as the labels of their language ({@link #fieldsOf}, {@code visits.field.<name>}).
	 */
	record Edited(List<String> fields, Changes changes) implements VisitEvent {

		static final String FIELD_SEPARATOR = ", ";

		public String kind() {
			return "EDITED";
		}

		public String action() {
			return "visit.edited";
		}

		public String text() {
			return String.join(FIELD_SEPARATOR, fields.stream().map(field -> field.startsWith("findings.") ? "findings" : field).distinct().toList());
		}

		/** The field names an EDITED entry's stored text holds. */
		static List<String> fieldsOf(String text) {
			return text == null || text.isBlank() ? List.of() : List.of(text.split(FIELD_SEPARATOR));
		}
	}

	record Cancelled(String reason, VisitStatus from) implements VisitEvent {

		public String kind() {
			return "CANCELLED";
		}

		public String action() {
			return "visit.cancelled";
		}

		public String text() {
			return reason;
		}

		public Changes changes() {
			return Changes.of().field("status", from.name(), VisitStatus.CANCELLED.name()).field("cancelReason", null, reason);
		}

		public boolean notifiesTowns() {
			return true;
		}

		public String message() {
			return "visits.notify.cancelled";
		}
	}

	record PhotosAdded(List<String> names) implements VisitEvent {

		public String kind() {
			return "PHOTOS_ADDED";
		}

		public String action() {
			return "visit.photos-added";
		}

		public String text() {
			return String.join("、", names);
		}

		public Changes changes() {
			return Changes.of().field("photos", null, String.join("、", names));
		}
	}
}
