package org.luoshi.enterprise.visits.internal;

import java.util.List;

/**
 * A visit as a form or a client sends it, for planning, editing or recording: dates as typed ({@code 2024-01-16}),
 * the unit by id, the enterprises by id each with what was found there. Read whole by {@link VisitValidation}.
 *
 * @param kind a {@link org.luoshi.enterprise.visits.VisitKind} name
 * @param participants who else went, one name a line
 * @param findings what was found overall (recording only)
 */
public record VisitInput(String kind, String plannedDate, String visitedDate, String leaderName, String leaderTitle,
		List<String> participants, Long unitId, String purpose, String findings, List<Covered> enterprises) {

	public VisitInput {
		participants = participants == null ? List.of() : participants.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
		enterprises = enterprises == null ? List.of() : enterprises.stream().filter(e -> e != null && e.enterpriseId() != null).toList();
	}

	/** One enterprise of the visit and what was found there. */
	public record Covered(Long enterpriseId, String findings) {
	}

	/** What recording a planned visit sends: the day, the findings, the enterprises (empty: those planned). */
	public record Recording(String visitedDate, String findings, List<Covered> enterprises) {

		public Recording {
			enterprises = enterprises == null ? List.of() : enterprises.stream().filter(e -> e != null && e.enterpriseId() != null).toList();
		}
	}

	/** A photo as uploaded. */
	public record Photo(String name, byte[] content) {
	}
}
