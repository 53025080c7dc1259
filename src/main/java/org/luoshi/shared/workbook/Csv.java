package org.luoshi.shared.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as spreadsheets write and read them (RFC 4180: quotes around fields holding a comma, a quote
 * or a line break, quotes doubled inside).
 *
 * <p>Files exported from Chinese offices come in UTF-8, with or without a byte-order mark, or in GB18030 (GBK), which
 * Excel writes on a Chinese Windows; {@link #charsetOf} tells them apart. What Luoshi writes is UTF-8 with a byte-order
 * mark, which Excel needs to open Chinese text correctly; a field that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} first) is written behind an apostrophe, which spreadsheets show as text.
 */
public final class Csv {

	public static final String BYTE_ORDER_MARK = "\uFEFF";
	private static final Charset GB18030 = Charset.forName("GB18030");

	private Csv() {
	}

	/**
	 * UTF-8 when the bytes are (a byte-order mark, or valid UTF-8 throughout), GB18030 otherwise. Reads the stream to
	 * its end (or to the first byte that is not UTF-8) a buffer at a time: a register of a million rows is never held.
	 */
	public static Charset charsetOf(InputStream content) {
		try (InputStream in = content) {
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
			CharBuffer chars = CharBuffer.allocate(1 << 16);
			boolean first = true;
			while (true) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read > 0) {
					bytes.position(bytes.position() + read);
				}
				if (first) {
					first = false;
					byte[] start = bytes.array();
					if (bytes.position() >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
						return StandardCharsets.UTF_8;
					}
				}
				bytes.flip();
				// A character cut at the buffer's end stays in it for the next read; at the end of input it is malformed.
				if (utf8.decode(bytes, chars, read < 0).isError()) {
					return GB18030;
				}
				chars.clear();
				bytes.compact();
				if (read < 0) {
					return utf8.flush(chars).isError() ? GB18030 : StandardCharsets.UTF_8;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads records one at a time; a record may span lines inside quotes. */
	public static final class RecordReader {

		private final Reader in;
		private int pushedBack = -2;

		public RecordReader(Reader in) {
			this.in = in;
		}

		/** The next record's fields, {@code null} at the end. A byte-order mark at the start is dropped. */
		public List<String> next() {
			int c = read();
			if (c == '\uFEFF') {
				c = read();
			}
			if (c == -1) {
				return null;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			while (true) {
				if (quoted) {
					if (c == -1) {
						fields.add(field.toString());
						return fields;
					}
					if (c == '"') {
						int next = read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							c = next;
							continue;
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					wasQuoted = false;
				}
				else if (c == '\r' || c == '\n' || c == -1) {
					if (c == '\r') {
						int next = read();
						if (next != '\n') {
							pushedBack = next;
						}
					}
					fields.add(field.toString());
					return fields;
				}
				else {
					field.append((char) c);
				}
				c = read();
			}
		}

		private int read() {
			if (pushedBack != -2) {
				int c = pushedBack;
				pushedBack = -2;
				return c;
			}
			try {
				return in.read();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** Writes one record, then a CRLF. */
	public static void write(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(fields.get(i)));
		}
		out.write("\r\n");
	}

	private static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
