package org.luoshi.reports;

import java.util.Collection;
import java.util.List;

/**
 * Names the reader should know besides the bundled gazetteer: the web layer feeds the organization tree's
 * units and divisions and the enterprise registry through this, the command line uses the bundled names only.
 * Known names are found exactly; everything else falls back to patterns (区…局, …镇) and the segmenter.
 */
public interface NameSource {

	default Collection<KnownPlace> places() {
		return List.of();
	}

	default Collection<KnownUnit> units() {
		return List.of();
	}

	/** Names of enterprises (as registered); a task names them in {@code enterprises}. */
	default Collection<String> enterprises() {
		return List.of();
	}

	/**
	 * A place: its standard name (棠下镇), its division code, and short forms that count as the place when
	 * they stand alone or begin a name (棠下 in "棠下、荷塘、杜阮三镇" or "棠下产业园").
	 */
	record KnownPlace(String name, String divisionCode, List<String> shortNames) {

		public KnownPlace {
			shortNames = List.copyOf(shortNames);
		}
	}

	/** A unit: the name a draft shows (区发改局) and the other ways documents write it (full names). */
	record KnownUnit(String name, List<String> aliases) {

		public KnownUnit {
			aliases = List.copyOf(aliases);
		}
	}
}
