package org.luoshi.enterprise.visits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.luoshi.enterprise.visits.VisitActions;
import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;

/** What the pages and the API show of visits. */
public final class VisitViews {

	private VisitViews() {
	}

	/** A visit as read, with its organizing unit's name and its enterprises. */
	public record VisitView(long id, VisitKind kind, VisitStatus status, LocalDate plannedDate, LocalDate visitedDate, String leaderName,
			String leaderTitle, List<String> participants, long unitId, String unitName, String purpose, String findings,
			String cancelReason, List<CoveredView> enterprises, int version, Instant createdAt, Instant updatedAt) {

		/** The day the visit is for: when it took place, else when it is planned. */
		public LocalDate day() {
			return visitedDate != null ? visitedDate : plannedDate;
		}

		public List<String> enterpriseNames() {
			return enterprises.stream().map(CoveredView::name).toList();
		}
	}

	/**
	 * An enterprise of a visit as it was named then, what was found there, and whether the reader may open it (a link to
	 * its 360° page).
	 */
	public record CoveredView(long enterpriseId, String name, String findings, boolean openable) {
	}

	public record PhotoView(long id, String name, String contentType, long size, Instant uploadedAt) {
	}

	/**
	 * One entry of the visit's timeline; {@code kind} is named in the bundles as {@code visits.event.<kind>}.
	 *
	 * @param text the words of the entry (a reason, the photos added), {@code null} when it has none
	 * @param fields the fields an edit changed, by name ({@code plannedDate}, {@code purpose} …), empty for other entries
	 */
	public record EventView(long id, String kind, Instant at, String actorName, String text, List<String> fields) {

		public EventView {
			fields = List.copyOf(fields);
		}

		/** The changed fields' labels as message keys ({@code visits.field.<name>}), for the reader's language. */
		public List<String> fieldKeys() {
			return fields.stream().map(field -> "visits.field." + field).toList();
		}
	}

	/** The visit page: the visit, what the reader may do now, its photos and its timeline (oldest first). */
	public record VisitDetails(VisitView visit, VisitActions actions, List<PhotoView> photos, List<EventView> timeline) {
	}

	/** A photo with its bytes, for download. */
	public record PhotoContent(PhotoView photo, String sha256, byte[] content) {
	}
}
