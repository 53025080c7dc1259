package org.luoshi.reports.internal.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.luoshi.reports.ReportRejectedException;
import org.luoshi.reports.ReportRejectedException.Reason;

/**
 * Turns pasted text or an uploaded file into plain text: the format is told by the content (a renamed file
 * still reads), the encoding of a text file by trying UTF-8 strictly, then GB18030. Whatever cannot be read
 * ends as a {@link ReportRejectedException}; the parsers' own exceptions never leave this class.
 */
public final class InputReader {

	static final int MAX_BYTES = ReportReader.MAX_BYTES;

	/** A .docx holds compressed XML; more than this unpacked is a zip bomb, not a report. */
	static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	public ReadText read(ReportInput input) {
		if (input.text() != null) {
			if (input.text().length() > MAX_BYTES) {
				throw tooLarge(input.text().length());
			}
			return checked(new ReadText(input.text(), false));
		}
		byte[] bytes = input.content();
		if (bytes.length > MAX_BYTES) {
			throw tooLarge(bytes.length);
		}
		if (bytes.length == 0) {
			throw new ReportRejectedException(Reason.EMPTY);
		}
		return checked(switch (Format.of(bytes)) {
			case PDF -> PdfText.read(bytes);
			case ZIP -> {
				checkUnpackedSize(bytes);
				yield DocxText.read(bytes);
			}
			case OLE2 -> throw new ReportRejectedException(Reason.UNSUPPORTED, extension(input.fileName()));
			case BINARY -> throw new ReportRejectedException(Reason.BINARY);
			case TEXT -> new ReadText(decode(bytes), false);
		});
	}

	private static ReportRejectedException tooLarge(long size) {
		return ReportRejectedException.tooLarge(size, MAX_BYTES);
	}

	private static String extension(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot < 0 ? "?" : fileName.substring(dot).toLowerCase(Locale.ROOT);
	}

	/** Text that is empty or mostly control characters is refused before any work is done on it. */
	private static ReadText checked(ReadText read) {
		String text = read.text();
		int controls = 0;
		int visible = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw new ReportRejectedException(Reason.BINARY);
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
			else if (c == '\uFFFD') {
				controls++;
			}
			else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				visible++;
			}
		}
		if (controls > 16 && controls * 50L > text.length()) {
			throw new ReportRejectedException(Reason.BINARY);
		}
		if (visible == 0) {
			throw new ReportRejectedException(Reason.EMPTY);
		}
		return read;
	}

	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		try {
			return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			return strict(bytes, 0, GB18030);
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return decodeStrictly(bytes, offset, charset);
		}
		catch (CharacterCodingException e) {
			throw new ReportRejectedException(Reason.BINARY);
		}
	}

	private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Inflates every entry once, counting, so that a zip bomb is refused before POI builds its DOM. */
	private static void checkUnpackedSize(byte[] bytes) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > 10_000) {
					throw new ReportRejectedException(Reason.UNREADABLE);
				}
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > MAX_UNPACKED_BYTES) {
						throw ReportRejectedException.tooLarge(total, MAX_UNPACKED_BYTES);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new ReportRejectedException(Reason.UNREADABLE);
		}
	}

	/** The format as the first bytes tell it. */
	enum Format {
		PDF, ZIP, OLE2, BINARY, TEXT;

		static Format of(byte[] bytes) {
			if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
				return PDF;
			}
			if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
				return ZIP;
			}
			if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
				return OLE2;
			}
			if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
					|| startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || startsWith(bytes, 0x1F, 0x8B)
					|| startsWith(bytes, 0x52, 0x61, 0x72, 0x21) || startsWith(bytes, 0x37, 0x7A, 0xBC, 0xAF)
					|| startsWith(bytes, 0x7F, 0x45, 0x4C, 0x46)) {
				return BINARY;
			}
			return TEXT;
		}

		private static int indexOf(byte[] bytes, byte[] needle, int within) {
			int end = Math.min(bytes.length, within) - needle.length;
			outer: for (int i = 0; i <= end; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (bytes[i + j] != needle[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}
	}
}
