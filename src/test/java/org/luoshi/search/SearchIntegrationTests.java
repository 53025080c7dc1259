package org.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.search.SearchFixtures.TEST_TYPE;
import static org.luoshi.search.SearchFixtures.note;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.UpdateUnit;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	SearchIndex index;

	@Autowired
	Search search;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.messages.basename}")
	String basenames;

	SearchFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new SearchFixtures(organization);
	}

	List<SearchHit> find(String text, Actor actor) {
		return search.search(SearchQuery.of(text), actor).items();
	}

	List<SearchHit> findNotes(String text, Actor actor) {
		return search.search(SearchQuery.of(text).ofType(TEST_TYPE), actor).items();
	}

	@Test
	void findsDocumentsByTheirChineseWordsWithTitleMatchesRankedAboveBodyMatches() {
		SearchDocument inBody = note(null, "农业工作会议纪要", "会议听取了荔枝产业的情况汇报，要求各镇抓好冷链物流。");
		SearchDocument inTitle = note(null, "荔枝产业发展情况", "全区种植面积稳步扩大，品牌建设取得进展。");
		index.index(inBody);
		index.index(inTitle);

		List<SearchHit> hits = findNotes("荔枝", fixtures.districtWide());

		assertThat(hits).extracting(SearchHit::id).containsExactly(inTitle.id(), inBody.id());
		assertThat(hits.get(0).rank()).isGreaterThan(hits.get(1).rank());
		assertThat(hits.get(0).link()).isEqualTo(inTitle.link());
		assertThat(findNotes("冷链物流", fixtures.districtWide())).extracting(SearchHit::id).containsExactly(inBody.id());
		assertThat(findNotes("荔枝 冷链", fixtures.districtWide())).extracting(SearchHit::id).containsExactly(inBody.id());
	}

	@Test
	void marksTheMatchedWordsAndNeverPassesOnTheDocumentsMarkup() {
		SearchDocument hostile = note(null, "<b>龙眼</b>加工项目", "<script>alert('x')</script> 龙眼深加工项目进展顺利。<img src=x onerror=alert(1)>");
		index.index(hostile);

		SearchHit hit = findNotes("龙眼", fixtures.districtWide()).get(0);

		assertThat(hit.snippet()).contains("<mark>龙眼</mark>").contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img");
		assertThat(hit.highlightedTitle()).isEqualTo("&lt;b&gt;<mark>龙眼</mark>&lt;/b&gt;加工项目");
		assertThat(hit.title()).isEqualTo("<b>龙眼</b>加工项目");
	}

	@Test
	void showsEachSearcherOnlyTheRecordsOfTheirDataScope() {
		SearchDocument ofJustice = note(fixtures.unit("区司法局").id(), "陈皮产业法律服务", "为陈皮企业提供法律体检。");
		SearchDocument ofTangxia = note(fixtures.unit("棠下镇").id(), "棠下镇陈皮种植", "镇里推动陈皮种植。");
		SearchDocument ofTangxiaOffice = note(fixtures.unit("棠下镇经济发展办公室").id(), "陈皮加工厂走访", "经济发展办走访陈皮加工厂。");
		SearchDocument ofEveryone = note(null, "陈皮文化节通知", "全区陈皮文化节。");
		List.of(ofJustice, ofTangxia, ofTangxiaOffice, ofEveryone).forEach(index::index);

		assertThat(findNotes("陈皮", fixtures.townOfTangxia())).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(ofTangxia.id(), ofTangxiaOffice.id(), ofEveryone.id());
		assertThat(findNotes("陈皮", fixtures.justiceBureau())).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(ofJustice.id(), ofEveryone.id());
		assertThat(findNotes("陈皮", fixtures.districtWide())).hasSize(4);
		assertThat(search.search(SearchQuery.of("陈皮").ofType(TEST_TYPE), fixtures.townOfTangxia()).total()).isEqualTo(3);
	}

	@Test
	void findsTheDemoUnitsAndStaffFromTheStart() {
		List<SearchHit> hits = find("司法局", fixtures.districtWide());

		assertThat(hits).filteredOn(hit -> hit.type().equals("unit")).extracting(SearchHit::title)
			.contains("江门市蓬江区司法局");
		assertThat(hits).filteredOn(hit -> hit.type().equals("staff")).extracting(SearchHit::title)
			.contains("谢文博", "冯嘉欣");
		SearchHit unit = hits.stream().filter(hit -> hit.title().equals("江门市蓬江区司法局")).findFirst().orElseThrow();
		assertThat(unit.link()).isEqualTo("/admin/units?unit=" + fixtures.unit("区司法局").id());
		assertThat(find("杜阮", fixtures.districtWide())).extracting(SearchHit::title).contains("江门市蓬江区杜阮镇人民政府", "杜阮镇经济发展办公室");
	}

	@Test
	void staffResultsNeverRevealPhoneNumbers() {
		SearchHit staff = find("谢文博", fixtures.districtWide()).get(0);

		assertThat(staff.type()).isEqualTo("staff");
		assertThat(staff.snippet()).contains("科长").contains("司法局").doesNotContain("13802260106").doesNotContain("0106");
		assertThat(find("13802260106", fixtures.districtWide())).isEmpty();
	}

	@Test
	void aTownSearcherFindsTheTownsUnitsAndStaffButNotThoseOfOtherUnits() {
		List<SearchHit> hits = find("棠下", fixtures.townOfTangxia());

		assertThat(hits).extracting(SearchHit::title).contains("江门市蓬江区棠下镇人民政府", "棠下镇经济发展办公室", "梁家豪");
		assertThat(find("司法局", fixtures.townOfTangxia())).isEmpty();
		assertThat(find("谢文博", fixtures.townOfTangxia())).isEmpty();
	}

	@Test
	void renamingAUnitMakesTheNewNameFindableAndTheOldOneNot() {
		UnitSummary section = fixtures.unit("法治宣传科");
		assertThat(find("法治宣传科", fixtures.districtWide())).extracting(SearchHit::id).contains(String.valueOf(section.id()));
		UnitSummary renamed = administration.updateUnit(new UpdateUnit(section.id(), section.version(), "普法教育科", "普法教育科",
				section.type(), section.divisionCode(), section.sortOrder()));
		try {
			assertThat(find("普法教育", fixtures.districtWide())).extracting(SearchHit::id).contains(String.valueOf(section.id()));
			assertThat(find("法治宣传科", fixtures.districtWide())).extracting(SearchHit::id).doesNotContain(String.valueOf(section.id()));
		}
		finally {
			administration.updateUnit(new UpdateUnit(section.id(), renamed.version(), section.name(), section.shortName(), section.type(),
					section.divisionCode(), section.sortOrder()));
		}
		assertThat(find("法治宣传科", fixtures.districtWide())).extracting(SearchHit::id).contains(String.valueOf(section.id()));
	}

	@Test
	void deactivatedStaffDropOutOfTheResults() {
		StaffSummary staff = organization.findStaff(Long.parseLong(find("罗志明", fixtures.districtWide()).get(0).id())).orElseThrow();
		StaffSummary inactive = administration.setStaffActive(new SetStaffActive(staff.id(), staff.version(), false));
		try {
			assertThat(find("罗志明", fixtures.districtWide())).isEmpty();
		}
		finally {
			administration.setStaffActive(new SetStaffActive(staff.id(), inactive.version(), true));
		}
		assertThat(find("罗志明", fixtures.districtWide())).hasSize(1);
	}

	@Test
	void replacesADocumentOnReindexAndForgetsItOnRemoval() {
		SearchDocument first = new SearchDocument(TEST_TYPE, "replaced-1", Visibility.everyone(), "桂味荔枝评比", "初评", "/notes/replaced-1",
				Instant.parse("2026-01-01T00:00:00Z"));
		index.index(first);
		index.index(new SearchDocument(TEST_TYPE, "replaced-1", Visibility.everyone(), "糯米糍评比", "复评", "/notes/replaced-1", null));

		assertThat(findNotes("桂味", fixtures.districtWide())).isEmpty();
		assertThat(findNotes("糯米糍", fixtures.districtWide())).extracting(SearchHit::id).containsExactly("replaced-1");
		assertThat(findNotes("糯米糍", fixtures.districtWide()).get(0).updatedAt()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));

		index.remove(TEST_TYPE, "replaced-1");
		assertThat(findNotes("糯米糍", fixtures.districtWide())).isEmpty();
	}

	@Test
	void answersHostileQueriesLikeAnyOther() {
		index.index(note(null, "潮连街道 OR 1=1 测试", "引号'和&符号|都只是文字"));

		assertThat(findNotes("' OR 1=1 --", fixtures.districtWide())).hasSize(1);
		assertThat(find("&|!():*", fixtures.districtWide())).isEmpty();
		assertThat(find("'); DROP TABLE search_document; --", fixtures.districtWide())).isEmpty();
		assertThat(find("棠下 & | ! ( ) :* <->", fixtures.districtWide())).extracting(SearchHit::title).contains("江门市蓬江区棠下镇人民政府");
		assertThat(find("\\ \\' ''", fixtures.districtWide())).isEmpty();
	}

	@Test
	void refusesABlankOrTooLongQueryAndBadPagingAllAtOnce() {
		assertThatThrownBy(() -> search.search(SearchQuery.of("  "), fixtures.districtWide()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
				.containsExactly("q:search.validation.q.required"));
		assertThatThrownBy(() -> search.search(new SearchQuery("棠".repeat(101), "Bad Type", -1, 500), fixtures.districtWide()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
				.containsExactlyInAnyOrder("q", "type", "page"));
		assertThat(search.search(SearchQuery.of("棠".repeat(100)), fixtures.districtWide()).items()).isEmpty();
	}

	@Test
	void refusesIncompleteDocumentsAndLinksThatLeaveTheApplication() {
		assertThatThrownBy(() -> index.index(new SearchDocument("Report!", " ", Visibility.everyone(), "", null, "javascript:alert(1)")))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
				.containsExactlyInAnyOrder("type", "id", "title", "link"));
		assertThatThrownBy(() -> index.index(new SearchDocument(TEST_TYPE, "x", Visibility.everyone(), "标题", null, "//evil.example/x")))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void pagesThroughRankedResultsAndCountsThemByType() {
		for (int i = 0; i < 5; i++) {
			index.index(note(null, "沙田柚品鉴第" + i + "期", "沙田柚"));
		}
		Page<SearchHit> first = search.search(new SearchQuery("沙田柚", TEST_TYPE, 0, 2), fixtures.districtWide());
		Page<SearchHit> last = search.search(new SearchQuery("沙田柚", TEST_TYPE, 2, 2), fixtures.districtWide());
		Page<SearchHit> beyond = search.search(new SearchQuery("沙田柚", TEST_TYPE, 9, 2), fixtures.districtWide());

		assertThat(first.items()).hasSize(2);
		assertThat(first.total()).isEqualTo(5);
		assertThat(last.items()).hasSize(1);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(5);
		assertThat(search.countByType("沙田柚", fixtures.districtWide())).containsEntry(TEST_TYPE, 5L);
	}

	/**
	 * The results page names each type by {@code search.type.<type>} and shows the bare code where the bundles lack it:
	 * every type a module indexes — each {@code new SearchDocument(…)} of the source, and whatever the demo data put in
	 * the index — has its label in the Chinese bundle and in the English one itself (a key missing there would be read
	 * in Chinese).
	 */
	@Test
	void everyIndexedTypeHasALabelInBothLanguages() throws IOException {
		Set<String> inSource = typesIndexedInTheSource();
		List<String> inIndex = jdbc.sql("SELECT DISTINCT type FROM search_document WHERE type NOT LIKE 'test-%'").query(String.class).list();
		assertThat(inSource).as("the source read whole").containsAll(inIndex).contains("unit", "task", "enterprise", "demand");
		Set<String> chinese = bundleKeys("");
		Set<String> english = bundleKeys("_en");

		assertThat(inSource.stream().map(type -> "search.type." + type)
			.flatMap(key -> Stream.of(chinese.contains(key) ? null : key + " (zh)", english.contains(key) ? null : key + " (en)"))
			.filter(Objects::nonNull)).isEmpty();
	}

	/** The first argument of every {@code new SearchDocument(…)} in the main source, a literal or a constant of its class. */
	private static Set<String> typesIndexedInTheSource() throws IOException {
		Pattern created = Pattern.compile("new SearchDocument\\(\\s*(\"[^\"]+\"|\\w+)");
		Set<String> types = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher matcher = created.matcher(source);
				while (matcher.find()) {
					String argument = matcher.group(1);
					if (argument.startsWith("\"")) {
						types.add(argument.substring(1, argument.length() - 1));
						continue;
					}
					Matcher constant = Pattern.compile("static final String " + argument + " = \"([^\"]+)\";").matcher(source);
					assertThat(constant.find()).as("the type %s in %s", argument, file).isTrue();
					types.add(constant.group(1));
				}
			}
		}
		return types;
	}

	/** Every key of the application's bundles ({@code spring.messages.basename}) in one language's files. */
	private Set<String> bundleKeys(String suffix) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : basenames.split(",")) {
			Properties bundle = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(basename.strip() + suffix + ".properties")) {
				assertThat(in).as(basename + suffix).isNotNull();
				bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			keys.addAll(bundle.stringPropertyNames());
		}
		return keys;
	}
}
