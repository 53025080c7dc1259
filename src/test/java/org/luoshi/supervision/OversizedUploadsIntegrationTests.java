package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.luoshi.support.PageSession.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A 20 MB file (a scanned report) on the report page and on the progress form gets the form back with the limit said
 * beside the field and what was typed kept; the API answers 413 problem+json.
 */
@IntegrationTest
@Import(SupervisionFixtures.class)
class OversizedUploadsIntegrationTests {

	@Autowired
	Messages messages;

	private static final byte[] TWENTY_MEGABYTES = filled(20 * 1024 * 1024);

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskQueries queries;

	@Test
	void theReportPageSaysTheFileIsTooLargeAndKeepsTheDate() {
		PageSession admin = PageSession.signIn(port, "demo-admin");

		HttpResponse<byte[]> answer = admin.postMultipart("/reports/new", "/reports/new", List.of(Map.entry("date", "2026-03-01")),
				List.of(new FilePart("file", "扫描件.pdf", "application/pdf", TWENTY_MEGABYTES)));

		assertThat(answer.statusCode()).isEqualTo(200);
		String page = PageSession.text(answer);
		assertThat(page).contains("id=\"report-file-error\"").contains("上限为").contains("value=\"2026-03-01\"");
	}

	@Test
	void theProgressFormSaysTheFileIsTooLargeAndKeepsTheText() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("超大佐证测试目标"), "整理人民调解卷宗。", 40);
		PageSession dept = PageSession.signIn(port, "demo-dept");
		String page = "/supervision/tasks/" + task.id();

		HttpResponse<byte[]> answer = dept.postMultipart(page + "/progress", page,
				List.of(Map.entry("text", "卷宗已扫描完毕。"), Map.entry("percent", "70")),
				List.of(new FilePart("files", "卷宗扫描.pdf", "application/pdf", TWENTY_MEGABYTES)));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(answer)).contains(messages.zh("supervision.evidence.too-large", 10)).contains(">卷宗已扫描完毕。</textarea>");
		assertThat(queries.timeline(task.id(), fixtures.justice())).extracting(TimelineEntry::kind).doesNotContain(TaskEventKind.PROGRESS);
	}

	@Test
	void theApiAnswers413() {
		ApiClient.Answer answer = ApiClient.signIn(port, "demo-dept").upload("/api/v1/evidence", "卷宗扫描.txt", TWENTY_MEGABYTES);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("10 MB");
	}

	private static byte[] filled(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 'a');
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
		return content;
	}
}
