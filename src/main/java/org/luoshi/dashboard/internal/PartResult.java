package org.luoshi.dashboard.internal;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A part's figures, or why there are none: the owning module refused the reader ({@link Outcome#FORBIDDEN}), or it could
 * not answer ({@link Outcome#FAILED}, logged with the part's name). A part never fails the page, the API answer or the
 * snapshot it belongs to.
 *
 * @param figures the part's figures; {@code null} unless shown, and {@code null} too for a part shown with nothing to
 *     show (no GDP indicator defined)
 */
public record PartResult<T>(Part part, T figures, Outcome outcome) {

	private static final Logger log = LoggerFactory.getLogger(PartResult.class);

	public enum Outcome {
		SHOWN, FORBIDDEN, FAILED
	}

	public static <T> PartResult<T> load(Part part, Supplier<T> figures) {
		try {
			return new PartResult<>(part, figures.get(), Outcome.SHOWN);
		}
		catch (AccessDeniedException e) {
			return new PartResult<>(part, null, Outcome.FORBIDDEN);
		}
		catch (RuntimeException e) {
			log.warn("The dashboard's part {} could not be loaded; the page shows the others", part.slug(), e);
			return new PartResult<>(part, null, Outcome.FAILED);
		}
	}

	public boolean shown() {
		return outcome == Outcome.SHOWN;
	}

	/** {@code forbidden} or {@code failed}, as the API names it; {@code null} when shown. */
	public String reason() {
		return shown() ? null : outcome.name().toLowerCase(java.util.Locale.ROOT);
	}
}
