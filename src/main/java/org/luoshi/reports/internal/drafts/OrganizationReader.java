package org.luoshi.reports.internal.drafts;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.reports.NameSource;
import org.luoshi.reports.ReportReader;
import org.springframework.stereotype.Component;

/**
 * The report reader that knows the organization's units as they are today. Building one (the names' tries, the
 * segmenter's dictionary) costs hundreds of milliseconds and its caches start empty, so one is kept and built again
 * only when the active units change (a unit added, renamed, closed: any change of its version). The reader is
 * thread-safe; the warm-up reads with this same reader, so the first upload finds it built and warm.
 */
@Component
class OrganizationReader {

	private final OrganizationDirectory directory;
	private NameSource names;
	private ReportReader reader;

	OrganizationReader(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** The reader for the organization's current units. */
	ReportReader current() {
		return of(OrganizationNames.of(directory));
	}

	synchronized ReportReader of(NameSource current) {
		if (reader == null || !current.equals(names)) {
			reader = ReportReader.withNames(current);
			names = current;
		}
		return reader;
	}
}
