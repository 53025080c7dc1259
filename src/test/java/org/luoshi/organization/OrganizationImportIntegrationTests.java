package org.luoshi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.organization.OrganizationFixtures.actAs;
import static org.luoshi.organization.OrganizationFixtures.districtAdministrator;
import static org.luoshi.organization.OrganizationFixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.luoshi.organization.internal.OrganizationImport;
import org.luoshi.organization.internal.OrganizationImport.Outcome;
import org.luoshi.organization.internal.OrganizationImport.Problem;
import org.luoshi.shared.AuditableEvent;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class OrganizationImportIntegrationTests {

	@Autowired
	Messages messages;

	static final List<String> UNIT_HEADERS = List.of("单位名称", "简称", "上级单位", "类型", "区划代码", "排序");
	static final List<String> STAFF_HEADERS = List.of("姓名", "所属单位", "职务", "手机号", "邮箱");

	@LocalServerPort
	int port;

	@Autowired
	OrganizationImport importer;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void actAsTheDistrictAdministrator() {
		actAs(districtAdministrator());
	}

	@AfterEach
	void signOut() {
		OrganizationFixtures.actAsNobody();
	}

	@Test
	void importsAGoodWorkbookWithParentsCreatedByEarlierRows() throws IOException {
		String section = unique("重点项目科");
		String team = unique("项目专班");
		String person = unique("陈");
		byte[] workbook = workbook(
				new Object[][] {
						{ section, "项目科", "区发改局", "科室", null, 3 },
						{ team, null, "区发改局/项目科", "OTHER", null, null },
				},
				new Object[][] {
						{ person, section, "科长", 13902260101L, "chen@pengjiang.gov.cn" },
						{ person + "乙", "棠下镇/经济发展办", "办事员", "0750-3201122", null },
				});

		Outcome outcome = importer.importWorkbook("单位.xlsx", workbook);

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.units()).isEqualTo(2);
		assertThat(outcome.staff()).isEqualTo(2);
		UnitSummary created = directory.findUnitByName(section).orElseThrow();
		assertThat(created.parentId()).isEqualTo(directory.findUnitByName("区发改局").orElseThrow().id());
		assertThat(created.type()).isEqualTo(UnitType.OFFICE);
		assertThat(created.sortOrder()).isEqualTo(3);
		assertThat(directory.findUnitByName(team).orElseThrow().parentId()).isEqualTo(created.id());
		StaffSummary chief = staffNamed(person);
		assertThat(chief.unitId()).isEqualTo(created.id());
		assertThat(chief.phone()).isEqualTo("13902260101");
		assertThat(staffNamed(person + "乙").unitId()).isEqualTo(directory.findUnitByName("棠下镇经济发展办公室").orElseThrow().id());
		assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
			.contains("organization.unit.created", "organization.staff.created", "organization.import.completed");
	}

	@Test
	void oneBadRowAmongGoodOnesImportsNothingAndSaysWhichRowAndWhy() throws IOException {
		String first = unique("一科");
		String second = unique("二科");
		String third = unique("三科");
		long units = count("unit");
		long staff = count("staff");
		byte[] workbook = workbook(
				new Object[][] {
						{ first, null, "区工信局", "科室", null, 1 },
						{ second, null, "区工信局", "科室", null, 2 },
						{ unique("新镇"), null, "蓬江区", "镇", "440703999", 3 },
						{ third, null, first, "科室", null, 4 },
				},
				new Object[][] { { unique("王"), first, "科员", "13902260102", null } });

		Outcome outcome = importer.importWorkbook("units.xlsx", workbook);

		assertThat(outcome.succeeded()).isFalse();
		assertThat(outcome.units()).isZero();
		assertThat(outcome.problems()).extracting(Problem::sheet, Problem::row, Problem::column, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("单位", 4, "区划代码", "organization.validation.division.unknown"));
		assertThat(count("unit")).isEqualTo(units);
		assertThat(count("staff")).isEqualTo(staff);
		assertThat(directory.findUnitByName(first)).isEmpty();
	}

	@Test
	void checksEveryRowAndReportsEachProblemWithItsSheetRowAndColumn() throws IOException {
		String broken = unique("坏科");
		byte[] workbook = workbook(
				new Object[][] {
						{ broken, null, "区发改局", "处室", null, "第一" },
						{ unique("好科"), null, "不存在的单位", "科室", null, null },
						{ unique("重名科"), null, "经济发展办", "科室", null, null },
				},
				new Object[][] {
						{ null, "区司法局", null, "123", "bad" },
						{ unique("李"), broken, null, null, null },
				});

		Outcome outcome = importer.importWorkbook("bad.xlsx", workbook);

		assertThat(outcome.problems()).extracting(Problem::sheet, Problem::row, Problem::column, Problem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("单位", 2, "类型", "organization.import.type.unknown"),
					org.assertj.core.groups.Tuple.tuple("单位", 2, "排序", "organization.validation.sort-order"),
					org.assertj.core.groups.Tuple.tuple("单位", 3, "上级单位", "organization.import.unit.unknown"),
					org.assertj.core.groups.Tuple.tuple("单位", 4, "上级单位", "organization.import.unit.ambiguous"),
					org.assertj.core.groups.Tuple.tuple("人员", 2, "姓名", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("人员", 2, "手机号", "validation.phone"),
					org.assertj.core.groups.Tuple.tuple("人员", 2, "邮箱", "validation.Email"),
					org.assertj.core.groups.Tuple.tuple("人员", 3, "所属单位", "organization.import.unit.failed-row"));
		assertThat(outcome.problems().get(7).arguments()).containsExactly(broken, 2);
	}

	@Test
	void refusesFilesThatAreNotUsableWorkbooks() throws IOException {
		assertThat(refusal("empty.xlsx", new byte[0])).isEqualTo("organization.import.file.empty");
		assertThat(refusal("units.xlsx", "单位名称,上级单位".getBytes(StandardCharsets.UTF_8))).isEqualTo("organization.import.file.not-xlsx");
		assertThat(refusal("units.xls", workbook(new Object[][] { { "x", null, "区发改局", "科室", null, null } }, new Object[0][])))
			.isEqualTo("organization.import.file.not-xlsx");
		assertThat(refusal("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 })).isEqualTo("organization.import.file.unreadable");
		assertThat(refusal("headers.xlsx", workbook(new Object[0][], new Object[0][]))).isEqualTo("organization.import.file.no-rows");

		ByteArrayOutputStream other = new ByteArrayOutputStream();
		Workbook book = new Workbook(other, "test", "1.0");
		book.newWorksheet("Sheet1").value(0, 0, "单位名称");
		book.finish();
		assertThat(refusal("other.xlsx", other.toByteArray())).isEqualTo("organization.import.file.no-sheets");
	}

	@Test
	void refusesAWorkbookThatUnpacksToFarMoreThanItsSizeQuicklyAndSaysWhy() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook book = new Workbook(out, "test", "1.0");
		Worksheet units = book.newWorksheet("单位");
		for (int c = 0; c < UNIT_HEADERS.size(); c++) {
			units.value(0, c, UNIT_HEADERS.get(c));
		}
		String name = "蓬江区某某街道办事处综合治理和网格化服务管理中心".repeat(8);
		for (int r = 1; r <= 60_000; r++) {
			units.inlineString(r, 0, name);
		}
		book.finish();
		byte[] bomb = out.toByteArray();
		assertThat(bomb.length).as("bytes on the wire").isLessThan(2 * 1024 * 1024);

		long started = System.nanoTime();
		assertThat(refusal("units.xlsx", bomb)).isEqualTo("organization.import.file.too-much-content");
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(3));

		String page = PageSession.text(PageSession.signIn(port, "demo-sysadmin").upload("/admin/organization/import", "units.xlsx", bomb));
		assertThat(page).contains(messages.zh("organization.import.file.too-much-content", 16));
	}

	@Test
	void refusesASheetOfMoreRowsThanTheLimitWhileReadingIt() throws IOException {
		Object[][] rows = new Object[5_001][];
		for (int r = 0; r < rows.length; r++) {
			rows[r] = new Object[] { "行" + r, null, "区发改局", "科室", null, null };
		}
		Outcome outcome = importer.importWorkbook("units.xlsx", workbook(rows, new Object[0][]));
		assertThat(outcome.problems()).extracting(Problem::messageKey).containsExactly("organization.import.file.too-many-rows");
		assertThat(outcome.problems().get(0).arguments()).containsExactly(5_000);
	}

	@Test
	void aParentUnitMergedDownTheColumnIsTheParentOfEveryRowOfTheMerge() throws IOException {
		String first = unique("合并甲科");
		String second = unique("合并乙科");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook book = new Workbook(out, "test", "1.0");
		Worksheet units = book.newWorksheet("单位");
		sheet(units, UNIT_HEADERS, new Object[][] { { first, null, "区发改局", "科室", null, null }, { second, null, null, "科室", null, null } });
		units.range(1, 2, 2, 2).merge();
		book.newWorksheet("人员");
		book.finish();

		Outcome outcome = importer.importWorkbook("merged.xlsx", out.toByteArray());

		assertThat(outcome.problems()).isEmpty();
		long parent = directory.findUnitByName("区发改局").orElseThrow().id();
		assertThat(directory.findUnitByName(first).orElseThrow().parentId()).isEqualTo(parent);
		assertThat(directory.findUnitByName(second).orElseThrow().parentId()).isEqualTo(parent);
	}

	@Test
	void templateDownloadsWithTheExpectedSheetsAndHeaders() throws IOException {
		HttpResponse<byte[]> response = PageSession.signIn(port, "demo-sysadmin").get("/admin/organization/import/template");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
		try (ReadableWorkbook template = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(headers(template.findSheet("单位").orElseThrow().read().get(0))).isEqualTo(UNIT_HEADERS);
			assertThat(headers(template.findSheet("人员").orElseThrow().read().get(0))).isEqualTo(STAFF_HEADERS);
			String notes = template.findSheet("说明").orElseThrow().read().stream().map(row -> row.getCellText(0))
				.reduce("", String::concat);
			assertThat(notes).contains("区、部门、镇、街道、科室、其他").contains("棠下镇/经济发展办");
		}
	}

	@Test
	void uploadPageListsTheBadRowsOrSummarisesTheImport() throws IOException {
		PageSession session = PageSession.signIn(port, "demo-sysadmin");
		String name = unique("上传科");

		HttpResponse<byte[]> refused = session.upload("/admin/organization/import", "bad.xlsx",
				workbook(new Object[][] { { name, null, "区发改局", "镇", null, null } }, new Object[0][]));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(refused)).contains(messages.zh("organization.validation.division.required")).contains("id=\"import-problems\"");
		assertThat(directory.findUnitByName(name)).isEmpty();

		HttpResponse<byte[]> accepted = session.upload("/admin/organization/import", "good.xlsx",
				workbook(new Object[][] { { name, null, "区发改局", "科室", null, null } }, new Object[][] { { unique("赵"), name, null, null, null } }));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(PageSession.text(session.get("/admin/organization/import"))).contains(messages.zh("organization.import.done", 1, 1));
		assertThat(directory.findUnitByName(name)).isPresent();

		assertThat(PageSession.text(session.upload("/admin/organization/import", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
			.contains(messages.zh("organization.import.file.not-xlsx"));
	}

	@Test
	void onlyOrganizationManagersOpenTheAdminPages() {
		PageSession town = PageSession.signIn(port, "demo-town");
		assertThat(town.get("/admin/organization/import").statusCode()).isEqualTo(403);
		assertThat(town.get("/admin/organization/import/template").statusCode()).isEqualTo(403);
		assertThat(town.get("/admin/units").statusCode()).isEqualTo(403);
		assertThat(town.get("/admin/staff").statusCode()).isEqualTo(403);
		assertThat(PageSession.text(town.get("/"))).doesNotContain("/admin/units");

		PageSession admin = PageSession.signIn(port, "demo-sysadmin");
		assertThat(PageSession.text(admin.get("/"))).contains("href=\"/admin/units\"").contains("个启用的单位还没有在岗人员");
		assertThat(admin.get("/admin/units?unit=99999999").statusCode()).isEqualTo(404);
	}

	// ---- helpers

	/** A workbook laid out like the template, built the way a clerk's spreadsheet program would store it. */
	static byte[] workbook(Object[][] units, Object[][] staff) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		sheet(workbook.newWorksheet("单位"), UNIT_HEADERS, units);
		sheet(workbook.newWorksheet("人员"), STAFF_HEADERS, staff);
		workbook.finish();
		return out.toByteArray();
	}

	static void sheet(Worksheet sheet, List<String> headers, Object[][] rows) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value != null) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
	}

	String refusal(String fileName, byte[] content) {
		Outcome outcome = importer.importWorkbook(fileName, content);
		assertThat(outcome.problems()).hasSize(1);
		return outcome.problems().get(0).messageKey();
	}

	static List<String> headers(Row row) {
		return row.stream().map(cell -> cell == null ? null : cell.getText()).toList();
	}

	StaffSummary staffNamed(String name) {
		return directory.staff(new StaffQuery(null, name, false), org.luoshi.shared.PageQuery.of(0, 1, null, "name", StaffQuery.SORTABLE),
				districtAdministrator()).items().get(0);
	}

	long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
