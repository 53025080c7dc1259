package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.enterprise.EnterpriseFixtures.newCode;
import static org.luoshi.enterprise.EnterpriseFixtures.uniqueName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.internal.EnterpriseImport;
import org.luoshi.enterprise.internal.EnterpriseImport.Outcome;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.enterprise.internal.EnterpriseSearchBacklog;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.search.Search;
import org.luoshi.search.SearchQuery;
import org.luoshi.support.Acting;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;

/**
 * Registers from market regulation (.csv in UTF-8 or GB18030, .xlsx with a title row), all rows or none: repeated
 * codes merged or refused, every bad row with its row, column and reason, registered codes updated within the scope.
 */
@IntegrationTest
class EnterpriseImportIntegrationTests {

	/** The columns of a market-regulation register; 企业类型, 注册资本, 成立日期 and 登记状态 are not the registry's. */
	private static final String HEADER = "统一社会信用代码,企业名称,企业类型,法定代表人,注册资本,成立日期,登记机关,住所,登记状态,行业门类,企业规模";

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseImport importer;

	@Autowired
	EnterpriseService registry;

	@Autowired
	EnterpriseDirectory directory;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	Search search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseSearchBacklog searchBacklog;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void importsAMarketRegulationRegisterAndMergesRepeatedRowsThatAgree() {
		Acting.actAs(fixtures.office());
		String first = newCode();
		String second = newCode();
		String firstName = uniqueName("导入甲");
		String csv = HEADER + "\n"
				+ row(first, firstName, "江门市蓬江区市场监督管理局棠下分局", "江门市蓬江区棠下镇导入路1号", "制造业", "小型") + "\n"
				+ row(second, uniqueName("导入乙"), "江门市蓬江区市场监督管理局", "江门市蓬江区杜阮镇导入路2号", "C3982", "中型企业") + "\n"
				+ row(first, firstName, "江门市蓬江区市场监督管理局棠下分局", "江门市蓬江区棠下镇导入路1号", "制造业", "小型") + "\n";

		Outcome outcome = importer.importFile("市场监管名录.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.office());

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome).extracting(Outcome::rows, Outcome::created, Outcome::updated, Outcome::merged).containsExactly(3, 2, 0, 1);
		EnterpriseSummary tangxia = directory.findByCreditCode(first).orElseThrow();
		assertThat(tangxia.townName()).as("from 登记机关 …棠下分局").isEqualTo("棠下镇");
		assertThat(tangxia.industry()).isEqualTo(IndustrySection.C);
		assertThat(tangxia.scale()).isEqualTo(EnterpriseScale.SMALL);
		EnterpriseSummary duruan = directory.findByCreditCode(second).orElseThrow();
		assertThat(duruan.townName()).as("from 住所, 登记机关 naming no town").isEqualTo("杜阮镇");
		assertThat(duruan.scale()).isEqualTo(EnterpriseScale.MEDIUM);
		EnterpriseRecord record = registry.details(tangxia.id(), fixtures.office());
		assertThat(registry.timeline(record, fixtures.office())).singleElement().satisfies(entry -> {
			assertThat(entry.messageKey()).isEqualTo("enterprise.timeline.IMPORTED");
			assertThat(entry.arguments()).containsExactly("市场监管名录.csv");
		});
		assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'enterprise.import.completed' AND target_id = ? "
				+ "ORDER BY id DESC LIMIT 1").param("市场监管名录.csv").query(String.class).single()).contains("\"created\"").contains("\"merged\"");
		awaitSearchBacklogDrained();
		assertThat(search.search(new SearchQuery(firstName, "enterprise", 0, 20), fixtures.tangxia()).items())
			.extracting(hit -> Long.valueOf(hit.id())).contains(tangxia.id());
	}

	@Test
	void theSearchBacklogIsDrainedOnceAndSkipsWhatAnotherInstanceHolds() throws Exception {
		Acting.actAs(fixtures.office());
		String name = uniqueName("积压甲");
		String other = uniqueName("积压乙");
		String firstCode = newCode();
		String secondCode = newCode();
		String csv = HEADER + "\n" + row(firstCode, name, "", "江门市蓬江区棠下镇积压路1号", "", "") + "\n"
				+ row(secondCode, other, "", "江门市蓬江区棠下镇积压路2号", "", "") + "\n";
		assertThat(importer.importFile("积压.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.office()).succeeded()).isTrue();
		awaitSearchBacklogDrained();
		long first = directory.findByCreditCode(firstCode).orElseThrow().id();
		long second = directory.findByCreditCode(secondCode).orElseThrow().id();
		// As an instance that stopped before draining would leave them: queued, their documents gone.
		jdbc.sql("DELETE FROM search_document WHERE type = 'enterprise' AND id IN (?, ?)").params(String.valueOf(first), String.valueOf(second))
			.update();
		jdbc.sql("INSERT INTO enterprise_search_backlog (enterprise_ids) VALUES (ARRAY[?]::bigint[]), (ARRAY[?]::bigint[])")
			.params(first, second).update();

		try (Connection held = dataSource.getConnection()) {
			held.setAutoCommit(false);
			try (var lock = held.prepareStatement("SELECT 1 FROM enterprise_search_backlog WHERE ? = ANY(enterprise_ids) FOR UPDATE")) {
				lock.setLong(1, second);
				lock.executeQuery().close();
			}
			assertThat(searchBacklog.drain()).as("the held row is another instance's batch").isGreaterThanOrEqualTo(1);
			assertThat(found(name)).contains(String.valueOf(first));
			assertThat(found(other)).isEmpty();
			held.rollback();
		}
		assertThat(searchBacklog.drain()).isGreaterThanOrEqualTo(1);
		assertThat(found(other)).contains(String.valueOf(second));
		assertThat(searchBacklog.drain()).as("each queued enterprise indexed once").isZero();
	}

	@Test
	void theApiTakesARegisterOfAnySizeAsTheRequestBody() {
		ApiClient town = ApiClient.signIn(port, "demo-town");
		String code = newCode();
		// Over 64 KB, and in UTF-8 with a Chinese character across the boundary of the first buffer that tells the character set
		// (65,536 bytes): it must still read as UTF-8. One row repeated (rows that agree are one enterprise), so that the test
		// adds three enterprises to the shared registry, not hundreds.
		String repeated = row(newCode(), uniqueName("正文导入重复"), "", "江门市蓬江区棠下镇正文路2号", "", "");
		StringBuilder csv = new StringBuilder(HEADER).append("\n").append(row(code, uniqueName("正文导入"), "", "江门市蓬江区棠下镇正文路1号", "", ""))
			.append("\n");
		int rows = 1;
		while (csv.toString().getBytes(StandardCharsets.UTF_8).length < 60_000) {
			csv.append(repeated).append("\n");
			rows++;
		}
		String straddling = newCode();
		String name = uniqueName("正文导入跨界");
		// 企业类型 is not a registry column: its padding puts the 3 bytes of 中 at 65,535–65,537.
		int before = csv.toString().getBytes(StandardCharsets.UTF_8).length + (straddling + "," + name + ",").getBytes(StandardCharsets.UTF_8).length;
		csv.append(String.join(",", straddling, name, "x".repeat(65_535 - before) + "中", "张三", "100万元人民币", "2020-01-01", "",
				"江门市蓬江区棠下镇跨界路3号", "存续", "", "")).append("\n");
		rows++;
		for (int i = 0; i < 100; i++) {
			csv.append(repeated).append("\n");
			rows++;
		}
		byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(new String(java.util.Arrays.copyOfRange(utf8, 65_535, 65_538), StandardCharsets.UTF_8)).isEqualTo("中");

		ApiClient.Answer done = town.postBody("/api/v1/enterprises/import?fileName=" + java.net.URLEncoder.encode("正文名录.csv",
				StandardCharsets.UTF_8), "text/csv", utf8);

		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("rows").asInt()).isEqualTo(rows);
		assertThat(done.json().get("created").asInt()).isEqualTo(3);
		assertThat(done.json().get("merged").asInt()).isEqualTo(rows - 3);
		assertThat(registry.details(directory.findByCreditCode(straddling).orElseThrow().id(), fixtures.office()).address())
			.as("read as UTF-8 though a character lies across the first buffer's end").isEqualTo("江门市蓬江区棠下镇跨界路3号");
		byte[] gbk = csv.toString().getBytes(java.nio.charset.Charset.forName("GB18030"));
		ApiClient.Answer refused = town.postBody("/api/v1/enterprises/import?fileName=x.csv", "text/csv", (HEADER + "\n").getBytes(
				StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("enterprise.import.file.no-rows");
		assertThat(ApiClient.signIn(port, "demo-leader").postBody("/api/v1/enterprises/import", "text/csv", gbk).status()).isEqualTo(403);
	}

	private List<String> found(String name) {
		return search.search(new SearchQuery(name, "enterprise", 0, 20), fixtures.office()).items().stream().map(hit -> hit.id()).toList();
	}

	/** The import's documents are written after it commits, on a background thread: wait for it. */
	private void awaitSearchBacklogDrained() {
		long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (searchBacklog.waiting() > 0) {
			assertThat(System.nanoTime()).as("search backlog drained within 30 s").isLessThan(until);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	@Test
	void reportsEveryBadRowWithRowColumnAndReasonAndImportsNothing() {
		String good = newCode();
		String wrongCheck = newCode();
		char wrong = wrongCheck.charAt(17) == '0' ? '1' : '0';
		String repeated = newCode();
		String csv = HEADER + "\n"
				+ row(good, uniqueName("好行"), "", "江门市蓬江区棠下镇好路1号", "", "") + "\n"
				+ row(wrongCheck.substring(0, 17) + wrong, uniqueName("错码"), "", "江门市蓬江区棠下镇错路2号", "", "") + "\n"
				+ row(newCode(), uniqueName("无镇"), "江门市市场监督管理局", "江门市某路3号", "", "") + "\n"
				+ row(repeated, "江门市重复甲有限公司", "", "江门市蓬江区荷塘镇重复路4号", "", "") + "\n"
				+ row(repeated, "江门市重复乙有限公司", "", "江门市蓬江区荷塘镇重复路4号", "", "巨型") + "\n"
				+ row(newCode(), "", "", "江门市蓬江区荷塘镇空名路5号", "", "") + "\n";

		Outcome outcome = importer.importFile("有错.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.office());

		assertThat(outcome.succeeded()).isFalse();
		assertThat(outcome.badRows()).isEqualTo(4);
		assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "统一社会信用代码", "enterprise.credit-code.check"),
				org.assertj.core.groups.Tuple.tuple(4, "登记机关", "enterprise.import.town.missing"),
				org.assertj.core.groups.Tuple.tuple(6, "企业规模", "enterprise.validation.scale"),
				org.assertj.core.groups.Tuple.tuple(7, "企业名称", "validation.required"));
		assertThat(outcome.problems().get(0).arguments()).containsExactly(String.valueOf(wrongCheck.charAt(17)), String.valueOf(wrong));
		assertThat(directory.findByCreditCode(good)).as("nothing imported while any row is bad").isEmpty();

		String differing = HEADER + "\n" + row(repeated, "江门市重复甲有限公司", "", "江门市蓬江区荷塘镇重复路4号", "", "") + "\n"
				+ row(repeated, "江门市重复乙有限公司", "", "江门市蓬江区荷塘镇重复路4号", "", "小型") + "\n";
		Outcome refused = importer.importFile("重复.csv", differing.getBytes(StandardCharsets.UTF_8), fixtures.office());
		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("统一社会信用代码");
			assertThat(problem.messageKey()).isEqualTo("enterprise.import.repeated.differs");
			assertThat(problem.arguments()).containsExactly(repeated, 2, "企业名称、企业规模");
		});
		assertThat(directory.findByCreditCode(repeated)).isEmpty();
	}

	@Test
	void aRegisteredCodeUpdatesItsEnterpriseAndKeepsItsContacts() {
		String code = newCode();
		EnterpriseRecord registered = registry.register(EnterpriseFixtures.input(code, uniqueName("已登记"), "440703101"), fixtures.office())
			.enterprise();
		String csv = HEADER + "\n" + row(code, registered.name(), "", "江门市蓬江区棠下镇新址路9号", "", "") + "\n";

		Outcome outcome = importer.importFile("更新.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.tangxia());

		assertThat(outcome).extracting(Outcome::created, Outcome::updated, Outcome::unchanged).containsExactly(0, 1, 0);
		EnterpriseRecord updated = registry.details(registered.id(), fixtures.office());
		assertThat(updated.address()).isEqualTo("江门市蓬江区棠下镇新址路9号");
		assertThat(updated.version()).isEqualTo(registered.version() + 1);
		assertThat(updated.industry()).as("blank in the file: kept").isEqualTo(IndustrySection.C);
		assertThat(updated.contacts()).isEqualTo(registered.contacts());
		assertThat(registry.timeline(updated, fixtures.office()).get(0).messageKey()).isEqualTo("enterprise.timeline.UPDATED_BY_IMPORT");
		Outcome again = importer.importFile("更新.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.tangxia());
		assertThat(again).extracting(Outcome::created, Outcome::updated, Outcome::unchanged).containsExactly(0, 0, 1);
	}

	@Test
	void aTownImportsOnlyItsOwnTownsEnterprises() {
		String elsewhere = newCode();
		registry.register(EnterpriseFixtures.input(elsewhere, uniqueName("荷塘已登记"), "440703102"), fixtures.office());
		String csv = HEADER + "\n" + row(newCode(), uniqueName("荷塘新"), "", "江门市蓬江区荷塘镇越界路1号", "", "") + "\n"
				+ row(elsewhere, uniqueName("改到棠下"), "", "江门市蓬江区棠下镇越界路2号", "", "") + "\n";

		Outcome outcome = importer.importFile("越界.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.tangxia());

		assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "enterprise.validation.division.outside-scope"),
				org.assertj.core.groups.Tuple.tuple(3, "enterprise.import.registered-elsewhere"));
		assertThatThrownBy(() -> importer.importFile("x.csv", csv.getBytes(StandardCharsets.UTF_8), fixtures.leader()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void readsGb18030CsvAndXlsxWithATitleRowAndNamesACodeExcelStoredAsANumber() throws IOException {
		String code = newCode();
		String name = uniqueName("国标编码");
		String csv = "区划代码,统一社会信用代码,企业名称,法定代表人,住所,标签,政协委员\n"
				+ "440703005," + code + "," + name + ",李四,江门市蓬江区潮连街道编码路1号,侨资企业、政协委员企业,李四\n";
		Outcome fromCsv = importer.importFile("gbk.csv", csv.getBytes(Charset.forName("GB18030")), fixtures.office());
		assertThat(fromCsv.problems()).isEmpty();
		EnterpriseSummary imported = directory.findByCreditCode(code).orElseThrow();
		assertThat(imported.name()).isEqualTo(name);
		assertThat(imported.townName()).isEqualTo("潮连街道");
		assertThat(imported.tags()).containsExactlyInAnyOrder(EnterpriseTag.OVERSEAS_CHINESE_FUNDED, EnterpriseTag.CPPCC_MEMBER);
		assertThat(imported.cppccMember()).isEqualTo("李四");

		String textCode = newCode();
		Outcome fromXlsx = importer.importFile("名录.xlsx", xlsx(textCode, "914403001922038216"), fixtures.office());
		assertThat(fromXlsx.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(4, "统一社会信用代码", "enterprise.import.credit-code.number"));
		assertThat(directory.findByCreditCode(textCode)).isEmpty();
	}

	@Test
	void theApiImportsAFileOrAnswers400WithEveryProblemByRowAndColumn() {
		ApiClient town = ApiClient.signIn(port, "demo-town");
		String code = newCode();
		String csv = HEADER + "\n" + row(code, uniqueName("接口导入"), "", "江门市蓬江区棠下镇接口路1号", "", "") + "\n";

		ApiClient.Answer done = town.upload("/api/v1/enterprises/import", "名录.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("created").asInt()).isEqualTo(1);

		String bad = HEADER + "\n" + row(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), "江门市坏行有限公司", "",
				"江门市蓬江区棠下镇接口路1号", "", "") + "\n";
		ApiClient.Answer refused = town.upload("/api/v1/enterprises/import", "坏.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("row 2 统一社会信用代码");
		assertThat(error.get("message").asString()).contains("“" + code.charAt(17) + "”");
		assertThat(town.upload("/api/v1/enterprises/import", "名录.txt", csv.getBytes(StandardCharsets.UTF_8)).json().get("errors").get(0)
			.get("code").asString()).isEqualTo("enterprise.import.file.type");
		JsonNode empty = town.upload("/api/v1/enterprises/import", "空.csv", new byte[0]).json().get("errors").get(0);
		assertThat(empty.get("field").asString()).isEqualTo("file");
		assertThat(empty.get("code").asString()).isEqualTo("enterprise.import.file.empty");
		assertThat(ApiClient.signIn(port, "demo-leader").upload("/api/v1/enterprises/import", "名录.csv", csv.getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(403);
	}

	private static String row(String code, String name, String authority, String address, String industry, String scale) {
		return String.join(",", code, name, "有限责任公司（自然人投资或控股）", "张三", "100万元人民币", "2020-01-01", authority, address, "存续（在营、开业、在册）",
				industry, scale);
	}

	/** A workbook as offices keep it: a title row, the header, a code typed as text, and one Excel holds as a number. */
	private static byte[] xlsx(String textCode, String numericCode) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("企业名录");
		sheet.value(0, 0, "蓬江区市场主体名录（2026年11月）");
		List<String> header = List.of("序号", "统一社会信用代码", "企业名称", "法定代表人", "住所", "所属镇街");
		for (int c = 0; c < header.size(); c++) {
			sheet.value(1, c, header.get(c));
		}
		sheet.value(2, 0, 1);
		sheet.value(2, 1, textCode);
		sheet.value(2, 2, uniqueName("表格甲"));
		sheet.value(2, 3, "王五");
		sheet.value(2, 4, "江门市蓬江区环市街道表格路1号");
		sheet.value(2, 5, "环市");
		sheet.value(3, 0, 2);
		sheet.value(3, 1, Double.parseDouble(numericCode));
		sheet.value(3, 2, uniqueName("表格乙"));
		sheet.value(3, 3, "赵六");
		sheet.value(3, 4, "江门市蓬江区环市街道表格路2号");
		sheet.value(3, 5, "环市街道");
		workbook.finish();
		return out.toByteArray();
	}
}
