package org.luoshi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The kinds of files people may upload as documents (evidence of work done), each recognised by its content, not by
 * what its name or the browser claims: an .exe renamed .docx is not a document. What a file is served as comes from
 * here too, never from the uploader.
 */
public final class FileTypes {

	/** One accepted kind: its extensions, the content type it is served as and how its content is recognised. */
	public enum FileType {
		PDF("application/pdf", "pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
		/** Word, Excel, PowerPoint and WPS files before 2007: OLE2 compound documents. */
		DOC("application/msword", "doc", "wps"),
		XLS("application/vnd.ms-excel", "xls", "et"),
		PPT("application/vnd.ms-powerpoint", "ppt", "dps"),
		/** 版式文档 (GB/T 33190), a zip package with an OFD.xml. */
		OFD("application/ofd", "ofd"),
		JPEG("image/jpeg", "jpg", "jpeg"),
		PNG("image/png", "png"),
		GIF("image/gif", "gif"),
		TEXT("text/plain; charset=UTF-8", "txt", "csv");

		private final String contentType;
		private final List<String> extensions;

		FileType(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = List.of(extensions);
		}

		/** The content type to serve the file with (downloads also say attachment and nosniff). */
		public String contentType() {
			return contentType;
		}

		public List<String> extensions() {
			return extensions;
		}
	}

	/** What checking a file found. */
	public sealed interface Verdict {
	}

	/** The content is what the extension says. */
	public record Accepted(FileType type) implements Verdict {
	}

	/** The extension is none of the accepted ones. */
	public record UnknownExtension(String extension) implements Verdict {
	}

	/** The extension is accepted, the content is something else. */
	public record Mismatch(String extension) implements Verdict {
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final byte[] GIF_MAGIC = "GIF8".getBytes(StandardCharsets.US_ASCII);
	/** How much of a zip's [Content_Types].xml is read to find the package's main part. */
	private static final int CONTENT_TYPES_LIMIT = 64 * 1024;

	private FileTypes() {
	}

	/** The extensions accepted, for messages: pdf、doc、docx… */
	public static String acceptedExtensions() {
		return String.join("、", Arrays.stream(FileType.values()).flatMap(type -> type.extensions().stream()).toList());
	}

	/** The accepted type a file name's extension stands for, if any. */
	public static Optional<FileType> byName(String fileName) {
		String extension = extension(fileName);
		return Arrays.stream(FileType.values()).filter(type -> type.extensions().contains(extension)).findFirst();
	}

	public static Verdict check(String fileName, byte[] content) {
		Optional<FileType> claimed = byName(fileName);
		if (claimed.isEmpty()) {
			return new UnknownExtension(extension(fileName));
		}
		return matches(claimed.get(), content) ? new Accepted(claimed.get()) : new Mismatch(extension(fileName));
	}

	private static boolean matches(FileType type, byte[] content) {
		return switch (type) {
			case PDF -> startsWith(content, PDF_MAGIC);
			case DOC, XLS, PPT -> startsWith(content, OLE2_MAGIC);
			case DOCX -> zipWithPart(content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", null);
			case XLSX -> zipWithPart(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", null);
			case PPTX -> zipWithPart(content, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", null);
			case OFD -> zipWithPart(content, null, "OFD.xml");
			case JPEG -> startsWith(content, JPEG_MAGIC);
			case PNG -> startsWith(content, PNG_MAGIC);
			case GIF -> startsWith(content, GIF_MAGIC);
			case TEXT -> isText(content);
		};
	}

	/**
	 * A zip whose [Content_Types].xml names the main part of the kind (Office Open XML), or which holds the named entry
	 * (OFD). Read through the zip's central directory, as Office and fastexcel write entries that a streaming reader
	 * cannot follow; of [Content_Types].xml only the first {@value #CONTENT_TYPES_LIMIT} bytes.
	 */
	private static boolean zipWithPart(byte[] content, String mainContentType, String entryName) {
		if (!startsWith(content, ZIP_MAGIC)) {
			return false;
		}
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			if (entryName != null) {
				return zip.getEntry(entryName) != null;
			}
			ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				return false;
			}
			try (InputStream in = zip.getInputStream(types)) {
				return new String(in.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8).contains("\"" + mainContentType + "\"");
			}
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Text: UTF-8 (or GB18030, as Windows saves Chinese text) without NUL or other binary control characters. */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
				return false;
			}
		}
		return decodes(content, StandardCharsets.UTF_8) || decodes(content, java.nio.charset.Charset.forName("GB18030"));
	}

	private static boolean decodes(byte[] content, java.nio.charset.Charset charset) {
		try {
			charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content != null && content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static String extension(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}
}
