package org.luoshi.reports;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.reports.internal.extraction.BundledNames;
import org.luoshi.reports.internal.extraction.ExtractionPipeline;
import org.luoshi.reports.internal.extraction.ReadText;

/**
 * Reads a meeting report or a newspaper account of a conference and returns its {@link DeploymentDraft}.
 * Knows the bundled gazetteer (Jiangmen's districts, Pengjiang's towns and units) plus any {@link NameSource}s
 * given. Immutable and thread-safe: build one and share it; build a new one when the names change (building
 * takes milliseconds once HanLP's dictionaries are loaded, which the first reader of a process does).
 *
 * <p>Bad input (empty, binary, over {@value #MAX_BYTES} bytes, damaged, encrypted, a PDF without text) ends in
 * a {@link ReportRejectedException}, a {@link org.luoshi.shared.ValidationException} on the field
 * {@code file}: the web layer answers it like any other validation error, and stores nothing. No other
 * exception is thrown for any input.
 *
 * <pre>{@code
 * ReportReader reader = ReportReader.withNames(namesFromTheOrganizationTree);
 * DeploymentDraft draft = reader.read(ReportInput.file(upload.getOriginalFilename(), upload.getBytes())
 *     .withReferenceDate(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
 * }</pre>
 */
public final class ReportReader {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final ExtractionPipeline pipeline;

	private ReportReader(List<NameSource> sources) {
		this.pipeline = new ExtractionPipeline(sources);
	}

	/** A reader that knows the bundled names only (the command line's). */
	public static ReportReader withBundledNames() {
		return new ReportReader(List.of(BundledNames.instance()));
	}

	/** A reader that knows the bundled names and these (e.g. the organization tree, the enterprise registry). */
	public static ReportReader withNames(NameSource... sources) {
		List<NameSource> all = new ArrayList<>();
		all.add(BundledNames.instance());
		all.addAll(List.of(sources));
		return new ReportReader(all);
	}

	public DeploymentDraft read(ReportInput input) {
		return pipeline.read(input);
	}

	/**
	 * Reads the input and also keeps its text as decoded from its file (or as pasted): what a reviewer reads beside
	 * the draft, and where the tasks' sentences are found again. The file is decoded once for both.
	 */
	public Reading readWithText(ReportInput input) {
		ReadText decoded = pipeline.decode(input);
		return new Reading(pipeline.extract(decoded, input.referenceDate()), decoded.text());
	}

	/**
	 * The units this reader knows by exactly this name, their own or an alias: 区发展改革局 is the bundled 区发改局
	 * (with its other names). Empty for a name it knows no unit by. What the web application adds to the
	 * organization's own names when it matches the names a document writes.
	 */
	public List<NameSource.KnownUnit> knownUnits(String name) {
		return pipeline.knownUnits(name);
	}

	/** A draft with the text it was read from. */
	public record Reading(DeploymentDraft draft, String text) {
	}
}
