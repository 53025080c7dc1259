package org.luoshi.reports.internal.extraction;

/**
 * A paragraph of the normalized text. A repeat of an earlier paragraph under another ordinal ("五要…" with the
 * body of "二要…") stays in the stream as a ghost, {@code duplicateOf} naming the original's text, so that its
 * group is still seen; its sentences are not read again.
 */
record Paragraph(String text, String duplicateOf) {

	static Paragraph of(String text) {
		return new Paragraph(text, null);
	}

	boolean isGhost() {
		return duplicateOf != null;
	}
}
