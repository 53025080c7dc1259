package org.luoshi.organization;

import java.util.List;

/**
 * What a unit's name, as a person or a document wrote it, stands for among the active units of a scope: exactly one
 * unit, several (经济发展办 is an office of three towns), or none.
 */
public sealed interface UnitNameResolution {

	/** The name as it was asked for. */
	String name();

	record Unique(String name, UnitSummary unit) implements UnitNameResolution {
	}

	/** Several units answer to the name; {@code candidates} in tree order, each with a name that is unique. */
	record Ambiguous(String name, List<Candidate> candidates) implements UnitNameResolution {

		public Ambiguous {
			candidates = List.copyOf(candidates);
		}
	}

	record Unknown(String name) implements UnitNameResolution {
	}

	/** A unit a name may stand for, with the name that designates it alone (棠下镇/经济发展办). */
	record Candidate(UnitSummary unit, String uniqueName) {
	}
}
