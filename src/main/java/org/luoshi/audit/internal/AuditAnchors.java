package org.luoshi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The chain's newest sealed entry, written every hour to a file outside the database (one JSON line per export), and
 * read back by every verification. A database restored from an older backup holds a shorter chain that still verifies
 * on its own; against the last exported anchor it does not. Point {@code LUOSHI_AUDIT_ANCHOR_FILE} at storage the
 * database's backups do not share (another disk, a file share, a write-once bucket mounted as a folder).
 */
@Component
class AuditAnchors {

	static final String JOB = "audit.anchor-export";
	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
	private static final Pattern LINE = Pattern.compile("\"sequence\":(\\d+),\"hash\":\"([0-9a-f]+)\"");

	/** A sealed entry's place in the chain and its hash. */
	record Anchor(long sequence, String hash) {
	}

	private final JdbcClient jdbc;
	private final AuditSealer sealer;
	private final ScheduledJobRuns runs;
	private final Times times;
	private final Path file;

	AuditAnchors(JdbcClient jdbc, AuditSealer sealer, ScheduledJobRuns runs, Times times,
			@Value("${luoshi.audit.anchor-file}") String file) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.runs = runs;
		this.times = times;
		this.file = Path.of(file);
	}

	@Scheduled(cron = "${luoshi.audit.anchor-cron:0 7 * * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		String hour = ZonedDateTime.ofInstant(times.now(), times.zone()).truncatedTo(ChronoUnit.HOURS).toLocalDateTime().toString();
		runs.runOnce(JOB, hour, () -> export().map(anchor -> "anchor " + anchor.sequence() + " written to " + file).orElse("no entries yet"))
			.ifPresent(result -> log.info("Audit chain {}", result));
	}

	/** Seals what has committed and appends the newest sealed entry to the anchor file; empty while the trail is. */
	Optional<Anchor> export() {
		sealer.sealWaiting();
		Optional<Anchor> newest = jdbc.sql("SELECT sequence, hash FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1")
			.query((rs, row) -> new Anchor(rs.getLong("sequence"), rs.getString("hash")))
			.optional();
		newest.ifPresent(anchor -> append("{\"exportedAt\":\"" + times.now() + "\",\"sequence\":" + anchor.sequence() + ",\"hash\":\""
				+ anchor.hash() + "\"}\n"));
		return newest;
	}

	/** The last anchor the file holds, if any. */
	Optional<Anchor> lastExported() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				Matcher matcher = LINE.matcher(lines.get(i));
				if (matcher.find()) {
					return Optional.of(new Anchor(Long.parseLong(matcher.group(1)), matcher.group(2)));
				}
			}
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the audit anchor file " + file, e);
		}
	}

	/** Whether the chain holds the anchor: an entry at its place with its hash. */
	boolean holds(Anchor anchor) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence = ? AND hash = ?")
			.params(anchor.sequence(), anchor.hash())
			.query(Long.class)
			.single() == 1;
	}

	private void append(String line) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the audit anchor file " + file, e);
		}
	}
}
