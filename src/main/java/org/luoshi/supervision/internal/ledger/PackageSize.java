package org.luoshi.supervision.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * How much an .xlsx package unpacks to, measured before it is parsed: a few hundred kilobytes can unpack to a cell of
 * gigabytes, which the XML parser would try to hold as one string. Uses the zip library fastexcel reads with, as the
 * JDK's streaming zip reader cannot follow the entries fastexcel itself writes.
 */
final class PackageSize {

	private PackageSize() {
	}

	/**
	 * Whether the package unpacks to no more than {@code limit} bytes, counted while inflating: the sizes a zip states
	 * for its entries may lie.
	 */
	static boolean unpacksWithin(byte[] zip, long limit) throws IOException {
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			long total = 0;
			byte[] buffer = new byte[64 * 1024];
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				try (InputStream in = file.getInputStream(entry)) {
					for (int read; (read = in.read(buffer)) > 0;) {
						total += read;
						if (total > limit) {
							return false;
						}
					}
				}
			}
			return true;
		}
	}
}
