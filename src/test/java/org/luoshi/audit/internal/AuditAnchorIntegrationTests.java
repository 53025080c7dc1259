package org.luoshi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's newest hash is kept outside the database, and a verification finds a chain that lacks it: what a
 * database restored from an older backup, or cut off at the end, looks like — whole in itself, yet short.
 */
@IntegrationTest
class AuditAnchorIntegrationTests {

	@Autowired
	AuditAnchors anchors;

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Value("${luoshi.audit.anchor-file}")
	Path file;

	@Test
	void theNewestHashIsExportedOutsideTheDatabaseAndAChainThatLacksItFailsVerification() throws Exception {
		transactions.executeWithoutResult(status -> events.publishEvent(RecordChanged.of("test.anchor", "test", 1, "锚点测试",
				Changes.of().created("note", "锚点"))));
		String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		try {
			AuditAnchors.Anchor exported = anchors.export().orElseThrow();

			assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(Files.readAllLines(file).size() - 1))
				.contains("\"sequence\":" + exported.sequence(), exported.hash());
			ChainVerification whole = trail.verify();
			assertThat(whole.intact()).isTrue();
			assertThat(whole.checked()).isGreaterThanOrEqualTo(exported.sequence());

			// As if the database were now restored from a backup taken before the last entries: the file knows more.
			Files.writeString(file, "{\"exportedAt\":\"2026-12-03T00:00:00Z\",\"sequence\":" + (exported.sequence() + 1_000_000)
					+ ",\"hash\":\"" + exported.hash() + "\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
			ChainVerification restoredOlder = trail.verify();

			assertThat(restoredOlder.intact()).isFalse();
			assertThat(restoredOlder.problem()).isEqualTo(ChainVerification.Problem.ANCHOR);
			assertThat(restoredOlder.brokenId()).isEqualTo(exported.sequence() + 1_000_000);
		}
		finally {
			if (before == null) {
				Files.deleteIfExists(file);
			}
			else {
				Files.writeString(file, before, StandardCharsets.UTF_8);
			}
		}
		assertThat(trail.verify().intact()).isTrue();
	}
}
