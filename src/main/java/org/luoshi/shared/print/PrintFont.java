package org.luoshi.shared.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface documents are printed in. Choose it once, at configuration; it is immutable and may be shared by
 * every thread.
 *
 * <p>The default, {@link #predefinedSong()}, needs no font anywhere on the server: the PDF names STSong-Light and the
 * reader supplies a Chinese Song typeface, so the same file looks slightly different in different readers (and
 * Acrobat without its Asian font pack asks to download it). A deployer who wants every reader to show the same glyphs
 * configures a TrueType file with {@link #embedded(Path)}; the glyphs a document uses are embedded as a subset.
 */
public final class PrintFont {

	private static final PrintFont PREDEFINED_SONG = new PrintFont(null);

	/** The whole font file, read once, or {@code null} for the predefined font. */
	private final byte[] trueType;

	private PrintFont(byte[] trueType) {
		this.trueType = trueType;
	}

	/** STSong-Light, not embedded: the reader draws it with a Chinese font of its own. */
	public static PrintFont predefinedSong() {
		return PREDEFINED_SONG;
	}

	/**
	 * A TrueType font (.ttf, or .otf with TrueType outlines) embedded as a subset of the glyphs each document uses.
	 * The file is read and checked now, so that a wrong configuration fails at start-up rather than at the first
	 * print.
	 *
	 * @throws IOException if the file cannot be read, is not a single TrueType font (collections, .ttc, and CFF-based
	 * OpenType fonts such as Noto Sans CJK are not supported by PDFBox's embedding), or its licence forbids embedding
	 */
	public static PrintFont embedded(Path trueTypeFile) throws IOException {
		PrintFont font = new PrintFont(Files.readAllBytes(trueTypeFile));
		try (PDDocument probe = new PDDocument()) {
			font.openIn(probe);
		}
		catch (IOException | RuntimeException e) {
			throw new IOException("Cannot embed the font " + trueTypeFile + ": " + e.getMessage(), e);
		}
		return font;
	}

	DocumentFont openIn(PDDocument document) throws IOException {
		if (trueType == null) {
			return new PredefinedSongFont();
		}
		return new EmbeddedFont(PDType0Font.load(document, new RandomAccessReadBuffer(trueType), true, false));
	}
}
