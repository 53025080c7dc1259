package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.internal.EvidenceCleanupJob;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Messages;
import org.luoshi.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence is what its content is, goes out only as a download, and what was uploaded but never attached is deleted
 * after a day. In the context whose clock moves (the clean-up looks at every upload in the database).
 */
@FollowsDaysAhead
class EvidenceFilesIntegrationTests {

	@Autowired
	Messages messages;

	private static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	EvidenceCleanupJob cleanup;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExecutableNamedDocxIsRefusedWithALocalizedMessageAndNothingIsStored() {
		long before = files();

		ApiClient.Answer refused = ApiClient.signIn(port, "demo-dept").upload("/api/v1/evidence", "会议纪要.docx", EXECUTABLE);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo(messages.zh("supervision.evidence.mismatch", "会议纪要.docx", "docx"));
		assertThat(ApiClient.signIn(port, "demo-dept").inLanguage("en").upload("/api/v1/evidence", "setup.exe", EXECUTABLE).json()
			.get("errors").get(0).get("message").asString()).isEqualTo(messages.en("supervision.evidence.type", "setup.exe", FileTypes.acceptedExtensions()));
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void aDownloadIsAnAttachmentOfTheCheckedTypeWhateverTheBrowserClaimed() {
		ApiClient dept = ApiClient.signIn(port, "demo-dept");
		// The browser of ApiClient.upload claims text/plain for every file; the content decides.
		long id = dept.upload("/api/v1/evidence", "验收报告.pdf", "%PDF-1.7\n%…".getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();

		ApiClient.Download download = dept.download("/api/v1/evidence/" + id);

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
	}

	@Test
	void uploadsNeverAttachedAreDeletedAfterADayOnceAcrossInstancesAndAttachedOnesStay() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("佐证清理测试目标"), "整理调解档案。", 40);
		EvidenceFile attached = fixtures.evidence("已报送.txt", fixtures.justice());
		tasks.reportProgress(new ReportProgress(task.id(), "档案已整理。", 50, List.of(attached.id())), fixtures.justice());
		EvidenceFile forgotten = fixtures.evidence("忘了报送.txt", fixtures.justice());

		clock.advance(Duration.ofHours(23));
		cleanup.runNow();
		assertThat(exists(forgotten.id())).as("younger than a day").isTrue();

		clock.advance(Duration.ofHours(2));
		assertThat(cleanup.runNow()).isPresent();
		assertThat(cleanup.runNow()).as("the same hour, on another instance").isEmpty();
		assertThat(exists(forgotten.id())).isFalse();
		assertThat(exists(attached.id())).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'supervision.evidence.cleaned-up'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void theServiceRefusesAMismatchToo() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.uploadEvidence("照片.png", "image/png", EXECUTABLE, fixtures.justice()))
			.isInstanceOf(ValidationException.class);
	}

	private boolean exists(long id) {
		return jdbc.sql("SELECT count(*) FROM evidence_file WHERE id = ?").param(id).query(Long.class).single() == 1;
	}

	private long files() {
		return jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();
	}
}
