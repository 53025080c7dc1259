package org.luoshi.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.luoshi.shared.files.FileTypes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an uploaded document goes out — supervision's and the awards' evidence, from the API and the pages alike: always a
 * download (attachment, nosniff, a sandboxing Content-Security-Policy), never shown in the page's origin, with its
 * SHA-256 ({@code Repr-Digest}, RFC 9530) so that the receiver can check it is the file the record names.
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	/** The file as an attachment; {@code sha256} is the hex digest it was stored with. */
	public static ResponseEntity<byte[]> attachment(String fileName, String sha256, byte[] content) {
		// The type of what the file was checked to be when it was uploaded (FileTypes), never what the uploader's
		// browser claimed; a file of no known kind goes out as plain bytes.
		MediaType type = FileTypes.byName(fileName)
			.map(known -> MediaType.parseMediaType(known.contentType()))
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.header("X-Content-Type-Options", "nosniff")
			// Should a browser open it anyway, it runs nothing and reaches nothing of Luoshi's origin.
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(content);
	}
}
