package org.luoshi.enterprise.visits.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.luoshi.enterprise.visits.internal.VisitFilter;
import org.luoshi.enterprise.visits.internal.VisitInput;
import org.luoshi.enterprise.visits.internal.VisitViews.PhotoContent;
import org.luoshi.shared.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the pages and the API share: paging, uploaded photos, and how a photo goes out. */
final class VisitPages {

	private VisitPages() {
	}

	/** Newest day first unless asked otherwise. */
	static PageQuery paging(Integer page, Integer size, String sort) {
		PageQuery query = PageQuery.of(page, size, sort, "day", VisitFilter.SORTABLE);
		boolean defaultOrder = sort == null || sort.isBlank() || !sort.contains(",");
		return defaultOrder ? new PageQuery(query.page(), query.size(), query.sortField(), false) : query;
	}

	static List<VisitInput.Photo> photos(List<MultipartFile> files) throws IOException {
		List<VisitInput.Photo> photos = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					photos.add(new VisitInput.Photo(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return photos;
	}

	/**
	 * A photo as it was checked to be when uploaded (an image type, never what the browser claimed), shown inline so
	 * that the visit page can show it; nosniff and a sandboxing policy in case a browser opens it on its own.
	 */
	static ResponseEntity<byte[]> photo(PhotoContent photo) {
		String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(photo.sha256()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.photo().contentType()))
			.contentLength(photo.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(photo.photo().name(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(photo.content());
	}
}
