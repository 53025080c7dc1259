package org.luoshi.awards.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.shared.Digests;
import org.luoshi.shared.Violation;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.shared.files.FileTypes.FileType;

/**
 * What a nomination's evidence file may be: a PDF (or OFD, the Chinese fixed-layout format), an image or an Office
 * document, recognised by its content as {@link FileTypes} does for supervision's evidence — an .exe renamed .pdf is
 * not a PDF —, at most {@value #MAX_MEGABYTES} MB, and at most {@value #MAX_FILES} to a nomination. Plain text is not
 * evidence of anything a nomination needs, so it is not taken.
 */
public final class EvidenceFiles {

	public static final int MAX_MEGABYTES = 10;
	public static final int MAX_FILES = 20;
	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
	static final Set<FileType> ACCEPTED = EnumSet.complementOf(EnumSet.of(FileType.TEXT));

	/** A file that passed: its name as it will be kept, the type it is served as, its bytes and their SHA-256. */
	record Checked(String name, String contentType, byte[] content, String sha256) {
	}

	private EvidenceFiles() {
	}

	/** The extensions taken, for messages and the file pickers' {@code accept}: pdf、doc、docx… */
	public static String extensions(String separator) {
		return ACCEPTED.stream().flatMap(type -> type.extensions().stream()).collect(Collectors.joining(separator));
	}

	/**
	 * The file checked, or {@code null} with the reason added under {@code field}: nothing sent, an empty file, too large,
	 * of no kind taken, or not what its extension says.
	 */
	static Checked check(String fileName, byte[] content, String field, List<Violation> violations) {
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
		if (content == null || content.length == 0) {
			violations.add(name.isEmpty() ? Violation.of(field, "awards.evidence.file.required") : Violation.of(field, "awards.evidence.file.empty", name));
			return null;
		}
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		if (content.length > MAX_BYTES) {
			violations.add(Violation.of(field, "awards.evidence.file.too-large", name, MAX_MEGABYTES));
			return null;
		}
		FileTypes.Verdict verdict = FileTypes.check(name, content);
		if (verdict instanceof FileTypes.Mismatch mismatch) {
			violations.add(Violation.of(field, "awards.evidence.file.mismatch", name, mismatch.extension()));
			return null;
		}
		if (!(verdict instanceof FileTypes.Accepted accepted) || !ACCEPTED.contains(accepted.type())) {
			violations.add(Violation.of(field, "awards.evidence.file.type", name, extensions("、")));
			return null;
		}
		return new Checked(name, accepted.type().contentType(), content, Digests.sha256(content));
	}
}
