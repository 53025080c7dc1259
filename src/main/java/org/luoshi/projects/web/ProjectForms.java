package org.luoshi.projects.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.luoshi.projects.internal.ProjectAdministration.PhotoInput;
import org.luoshi.projects.internal.ProjectStore.PhotoContent;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the pages and the API share: typed numbers, dates and periods, uploaded photos, and how a photo goes out. */
final class ProjectForms {

	private ProjectForms() {
	}

	/** An amount as typed (万元); a typing slip is reported on its field. */
	static BigDecimal amount(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, "projects.import.number", text));
			return null;
		}
	}

	static LocalDate date(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(Violation.of(field, "projects.date.format", text));
			return null;
		}
	}

	/** A period {@code YYYY-MM}; this month when blank; a bad one is a validation problem. */
	static YearMonth period(String text, YearMonth fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new ValidationException(Violation.of("period", "projects.period.format", text));
		}
	}

	static List<PhotoInput> photos(List<MultipartFile> files) throws IOException {
		List<PhotoInput> photos = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					photos.add(new PhotoInput(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return photos;
	}

	/** A photo as it was checked to be when uploaded (an image type), inline, nosniff and sandboxed. */
	static ResponseEntity<byte[]> photo(PhotoContent photo) {
		String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(photo.sha256()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.contentLength(photo.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(photo.name(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(photo.content());
	}
}
