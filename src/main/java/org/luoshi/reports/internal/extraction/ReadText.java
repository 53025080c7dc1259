package org.luoshi.reports.internal.extraction;

/**
 * Text as a reader found it; {@code hardWrapped} when lines were broken by the page layout (PDF), so that
 * normalization rejoins them into paragraphs.
 */
public record ReadText(String text, boolean hardWrapped) {
}
