package org.luoshi.reports.internal.drafts;

import java.time.Duration;
import java.time.LocalDate;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads a short made-up report once the application is ready, on a background thread of low priority: the first read
 * loads the segmenter's dictionaries and compiles the reader's patterns, which would otherwise cost the first person
 * who uploads a report several seconds. Then it does with the draft what an upload does besides reading, without
 * storing anything: matches its units to the organization, turns it into the JSON it is stored as and back (Jackson
 * builds its (de)serializers for the draft's records on first use: 100–250 ms of the first upload), and marks its tasks
 * in the text as the review page does. Start-up does not wait for it; {@code luoshi.reports.warm-up=false} turns it off.
 */
@Component
class ReaderWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReaderWarmUp.class);
	/** Our own words, touching what the reader loads: groups, units, places, deadlines, targets. */
	private static final String SAMPLE = """
			区政府召开全区工作会议部署下半年工作。
			一要抓好项目建设。区发改局牵头，区财政局配合，2026年9月底前完成棠下镇产业园二期建设，新增规模以上企业10家以上。
			二要优化营商环境。区政数局负责，年内实现企业开办一日办结，办理时间压减至1个工作日以内。
			""";

	/** Reads of the sample: enough for the JIT to compile the reader's hot paths, under a second on a quiet machine. */
	static final int ROUNDS = 40;

	private final OrganizationReader readers;
	private final UnitMatching matching;
	private final boolean enabled;

	ReaderWarmUp(OrganizationReader readers, UnitMatching matching, @Value("${luoshi.reports.warm-up:true}") boolean enabled) {
		this.readers = readers;
		this.matching = matching;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!enabled) {
			return;
		}
		Thread thread = new Thread(this::readSample, "report-reader-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * The warm-up's reads, with the reader uploads will use: the first builds the reader and loads the dictionaries,
	 * the next ones let the JIT compile the reader's hot paths (one read left them interpreted: the first upload
	 * still took seconds).
	 */
	static DeploymentDraft warmUpRead(ReportReader reader) {
		DeploymentDraft draft = null;
		for (int round = 0; round < ROUNDS; round++) {
			draft = reader.read(ReportInput.text(SAMPLE).withReferenceDate(LocalDate.of(2026, 3, 1)));
		}
		return draft;
	}

	/** What an upload does with a draft besides reading it, nothing stored: see the class comment. */
	static void warmUpTheRest(DeploymentDraft read, UnitMatching matching) {
		DeploymentDraft matched = matching.matched(read, null);
		ReportRows.asStored(matched);
		SourceSpans.of(SAMPLE, matched.tasks());
	}

	private void readSample() {
		long start = System.nanoTime();
		try {
			warmUpTheRest(warmUpRead(readers.current()), matching);
			log.info("Report reader warmed up in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
		}
		catch (RuntimeException e) {
			// A failed warm-up costs only the first reader's time; the application is up either way.
			log.warn("Report reader warm-up failed", e);
		}
	}
}
