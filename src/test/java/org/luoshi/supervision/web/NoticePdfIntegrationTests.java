package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The printed supervision notice (督办单) as the unit receives it. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class NoticePdfIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Test
	void aNoticeOfUsualLengthPrintsOnOnePageNamingTheOfficeThatIssuedIt() throws IOException {
		GoalDetails goal = fixtures.goal("督办单打印测试目标");
		TaskDetails task = fixtures.inProgress(goal, "督办单打印测试：建成公共法律服务工作站，完成村居法律顾问全覆盖，并按月报送服务台账和典型案例。", 60);
		SupervisionNotice notice = tasks.issueNotice(new IssueNotice(task.id(),
				"工作站选址尚未确定，本月进展未按时报送，村居法律顾问覆盖率仅为六成，与年度目标差距较大。",
				"请于收到本通知后五个工作日内确定选址方案，补报本月进展，并制定村居法律顾问全覆盖的推进计划，明确责任人和时间节点。",
				fixtures.today().plusDays(10).toString()), fixtures.supervisor());

		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-admin").get("/supervision/notices/" + notice.id() + ".pdf");

		assertThat(answer.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(answer.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(document.getNumberOfPages()).as(text).isEqualTo(1);
			// The office the demo's district clerk works in, in the header and the signature, rather than the district.
			assertThat(text).contains("江门市蓬江区人民政府办公室", notice.number(), "第1页共1页");
			assertThat(text.indexOf("江门市蓬江区人民政府办公室")).isNotEqualTo(text.lastIndexOf("江门市蓬江区人民政府办公室"));
		}
	}
}
