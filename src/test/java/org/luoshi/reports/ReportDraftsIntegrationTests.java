package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.reports.ReportDraftFixtures.CONFERENCE;
import static org.luoshi.reports.ReportDraftFixtures.REVIEWER;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.ReportDrafts.TaskEdit;
import org.luoshi.search.Search;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Required;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ReportDraftsIntegrationTests {

	@Autowired
	ReportDrafts drafts;

	@Autowired
	Search search;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Report conference() {
		return drafts.create(ReportInput.text(CONFERENCE).withReferenceDate(LocalDate.of(2025, 3, 10)), REVIEWER);
	}

	@Test
	void storesTheSeedTextAsADraftWithItsTasks() throws Exception {
		Required.file(ReportFixtures.SEED, "Seed document");
		byte[] seed = Files.readAllBytes(ReportFixtures.SEED);

		Report report = drafts.create(ReportInput.file("seed.txt", seed), REVIEWER);

		Report stored = drafts.get(report.id(), REVIEWER);
		assertThat(stored.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(stored.sourceName()).isEqualTo("seed.txt");
		assertThat(stored.tasks()).isNotEmpty();
		assertThat(stored.tasks()).isEqualTo(report.tasks());
		assertThat(stored.sourceText()).contains(stored.tasks().get(0).text().substring(0, 4));
		assertThat(stored.title()).isNotBlank();
	}

	@Test
	void storesTheConferenceWithGroupsUnitsPlacesDeadlinesAndTargets() {
		Report report = conference();

		assertThat(report.title()).isEqualTo(ReportDraftFixtures.TITLE);
		assertThat(report.documentDate()).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(report.tasks()).hasSize(4);
		Task first = report.tasks().get(0);
		assertThat(first.leadUnits()).containsExactly("区发改局");
		assertThat(first.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(first.targets()).isNotEmpty();
		assertThat(report.tasks().get(1).places()).contains("棠下镇");
		assertThat(report.draft().groups()).hasSize(2);
	}

	@Test
	void refusesUnusableInputAndStoresNothing() {
		long before = jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();

		assertThatThrownBy(() -> drafts.create(ReportInput.text("   "), REVIEWER)).isInstanceOf(ReportRejectedException.class);
		assertThatThrownBy(() -> drafts.create(ReportInput.file("x.exe", new byte[] { 0, 1, 2, 3, 0, 0 }), REVIEWER))
			.isInstanceOf(ValidationException.class);

		assertThat(jdbc.sql("SELECT count(*) FROM report").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void refusesAnEditWithAStaleVersion() {
		Report report = conference();
		Report edited = drafts.editTask(report.id(), report.version(), 0,
				new TaskEdit("改写后的任务。", List.of("区发改局"), List.of("区住建局"), "2025-09-30"), REVIEWER);
		assertThat(edited.tasks().get(0).text()).isEqualTo("改写后的任务。");
		assertThat(edited.tasks().get(0).coUnits()).containsExactly("区住建局");
		assertThat(edited.tasks().get(0).deadline()).isEqualTo(LocalDate.of(2025, 9, 30));

		assertThatThrownBy(() -> drafts.editTask(report.id(), report.version(), 0,
				new TaskEdit("又一次改写。", List.of(), List.of(), ""), REVIEWER)).isInstanceOf(ConflictException.class);
		assertThat(drafts.get(report.id(), REVIEWER).tasks().get(0).text()).isEqualTo("改写后的任务。");
	}

	@Test
	void refusesAnEditWithEveryProblemAtOnce() {
		Report report = conference();

		assertThatThrownBy(() -> drafts.editTask(report.id(), report.version(), 0,
				new TaskEdit(" ", List.of("不存在的单位"), List.of(), "明天"), REVIEWER))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey())
				.containsExactly("text:reports.task.text.required", "leadUnits:reports.task.unit.unknown",
						"deadline:reports.task.deadline.invalid"));
		assertThat(drafts.get(report.id(), REVIEWER).version()).isEqualTo(report.version());
	}

	@Test
	void deletesMergesAndSplitsTasks() {
		Report report = conference();
		List<String> texts = report.tasks().stream().map(Task::text).toList();

		Report deleted = drafts.deleteTask(report.id(), report.version(), 3, REVIEWER);
		assertThat(deleted.tasks()).extracting(Task::text).containsExactlyElementsOf(texts.subList(0, 3));
		assertThat(deleted.draft().groups().get(1).tasks()).isEqualTo(1);

		Report merged = drafts.mergeWithNext(report.id(), deleted.version(), 0, REVIEWER);
		assertThat(merged.tasks()).hasSize(2);
		assertThat(merged.tasks().get(0).text()).isEqualTo(texts.get(0) + texts.get(1));
		assertThat(merged.tasks().get(0).leadUnits()).contains("区发改局");
		assertThat(merged.tasks().get(0).coUnits()).contains("区住建局");
		assertThat(merged.tasks().get(0).places()).contains("棠下镇");

		Report split = drafts.splitTask(report.id(), merged.version(), 0, "棠下镇要", REVIEWER);
		assertThat(split.tasks()).extracting(Task::text).containsExactly(texts.get(0), texts.get(1), texts.get(2));
		assertThat(split.tasks().get(1).places()).contains("棠下镇");
		assertThat(split.tasks().get(0).places()).doesNotContain("棠下镇");

		assertThatThrownBy(() -> drafts.splitTask(report.id(), split.version(), 0, "没有这段", REVIEWER))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> drafts.mergeWithNext(report.id(), split.version(), 2, REVIEWER))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void confirmsOncePublishingTheTasksAndThenIsReadOnly() {
		Report report = conference();

		Report confirmed = drafts.confirm(report.id(), report.version(), REVIEWER);

		assertThat(confirmed.status()).isEqualTo(ReportStatus.CONFIRMED);
		assertThat(confirmed.confirmedAt()).isNotNull();
		assertThat(events.stream(ReportConfirmed.class).filter(e -> e.reportId() == report.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.tasks()).isEqualTo(report.tasks()));
		assertThatThrownBy(() -> drafts.confirm(report.id(), null, REVIEWER)).isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("reports.confirmed.already");
		assertThatThrownBy(() -> drafts.deleteTask(report.id(), confirmed.version(), 0, REVIEWER))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void auditsAnEditWithTheTaskFieldsBeforeAndAfter() {
		Report report = conference();
		drafts.editTask(report.id(), report.version(), 1, new TaskEdit(report.tasks().get(1).text(), List.of("区发改局"),
				List.of("区住建局"), ""), REVIEWER);

		String changes = jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'reports.task.edited' AND target_id = ?")
			.param(String.valueOf(report.id()))
			.query(String.class)
			.single();
		assertThat(changes).contains("leadUnits").contains("区发改局");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'reports.report.created' AND target_id = ?")
			.param(String.valueOf(report.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void isFoundThroughSearchByAWordOfItsTitle() {
		Report report = conference();

		assertThat(search.search(SearchQuery.of("推进会议"), REVIEWER).items())
			.anySatisfy(hit -> assertThat(hit.link()).isEqualTo("/reports/" + report.id()));
	}

	@Test
	void keepsReportsOfTheWholeDistrictFromAScopedReviewer() {
		Report report = conference();
		long town = directory.findUnitByName("棠下镇").orElseThrow().id();
		Actor townReviewer = ReportDraftFixtures.reviewerOf(town);

		assertThatThrownBy(() -> drafts.get(report.id(), townReviewer)).isInstanceOf(NotFoundException.class);
		assertThat(search.search(SearchQuery.of("推进会议"), townReviewer).items())
			.noneSatisfy(hit -> assertThat(hit.link()).isEqualTo("/reports/" + report.id()));
		Report own = drafts.create(ReportInput.text(CONFERENCE), townReviewer);
		assertThat(drafts.list(org.luoshi.shared.PageQuery.of(0, 200, null, "createdAt", Set.of("createdAt")), townReviewer).items())
			.extracting(ReportDrafts.ReportSummary::id)
			.contains(own.id())
			.doesNotContain(report.id());
		assertThat(drafts.get(own.id(), REVIEWER).unitId()).isEqualTo(town);
	}

	@Test
	void refusesToConfirmADraftWithoutTasksAndChangesNothing() {
		Report report = conference();
		Report empty = report;
		while (!empty.tasks().isEmpty()) {
			empty = drafts.deleteTask(report.id(), empty.version(), 0, REVIEWER);
		}
		int version = empty.version();

		assertThatThrownBy(() -> drafts.confirm(report.id(), version, REVIEWER))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("tasks:reports.confirm.no-tasks"));
		Report after = drafts.get(report.id(), REVIEWER);
		assertThat(after.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(after.version()).isEqualTo(version);
		assertThat(events.stream(ReportConfirmed.class).filter(e -> e.reportId() == report.id())).isEmpty();
	}

	@Test
	void addsATaskSelectedInTheSourceInItsPlaceAndATypedOneAtTheEnd() {
		Report report = conference();
		List<String> texts = report.tasks().stream().map(Task::text).toList();
		// The reader's tasks quote the text; a passage between the second and the third, written differently (widths, spaces).
		String between = "区住建局配合";
		String selected = "棠下镇要加快推进产业园道路建设，" + between + "。";
		assertThat(CONFERENCE).contains(selected);

		Report added = drafts.addTask(report.id(), report.version(), new TaskEdit(" 区住建局 配合。 ", List.of("区住建局"), List.of(), ""),
				REVIEWER);
		Report typed = drafts.addTask(report.id(), added.version(),
				new TaskEdit("各镇街要在年底前完成安全生产大检查。", List.of("棠下镇"), List.of(), "2025-12-31"), REVIEWER);

		assertThat(typed.tasks()).hasSize(texts.size() + 2);
		int place = added.tasks().stream().map(Task::text).toList().indexOf("区住建局 配合。");
		assertThat(place).isBetween(1, texts.size() - 1);
		assertThat(added.tasks().get(place - 1).text()).isEqualTo(texts.get(place - 1));
		assertThat(added.tasks().get(place).group()).isNull();
		assertThat(typed.tasks().get(typed.tasks().size() - 1).text()).isEqualTo("各镇街要在年底前完成安全生产大检查。");
		assertThat(typed.tasks().get(typed.tasks().size() - 1).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(audited("reports.task.added", report.id())).isEqualTo(2);

		assertThatThrownBy(() -> drafts.addTask(report.id(), typed.version(), new TaskEdit("", List.of("经济发展办"), List.of(), ""),
				REVIEWER)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
					.extracting(v -> v.field() + ":" + v.messageKey())
					.containsExactly("text:reports.task.text.required", "leadUnits:reports.task.unit.ambiguous"));
		assertThat(drafts.get(report.id(), REVIEWER).version()).isEqualTo(typed.version());
	}

	@Test
	void renamesADraftAndRefusesABlankOrOverlongTitle() {
		Report report = conference();

		Report renamed = drafts.rename(report.id(), report.version(), "  二季度重点工作推进会议  ", REVIEWER);

		assertThat(renamed.title()).isEqualTo("二季度重点工作推进会议");
		assertThat(audited("reports.report.renamed", report.id())).isEqualTo(1);
		assertThatThrownBy(() -> drafts.rename(report.id(), renamed.version(), " ", REVIEWER)).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> drafts.rename(report.id(), renamed.version(), "会".repeat(301), REVIEWER))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> drafts.rename(report.id(), report.version(), "旧版本", REVIEWER)).isInstanceOf(ConflictException.class);
		assertThat(drafts.get(report.id(), REVIEWER).title()).isEqualTo("二季度重点工作推进会议");
	}

	@Test
	void discardsADraftWhichIsThenNeitherListedNorFoundNorChangeable() {
		Report report = conference();

		Report discarded = drafts.discard(report.id(), report.version(), REVIEWER);

		assertThat(discarded.status()).isEqualTo(ReportStatus.DISCARDED);
		assertThat(audited("reports.report.discarded", report.id())).isEqualTo(1);
		assertThat(drafts.list(org.luoshi.shared.PageQuery.of(0, 200, null, "createdAt", Set.of("createdAt")), REVIEWER).items())
			.extracting(ReportDrafts.ReportSummary::id).doesNotContain(report.id());
		assertThat(search.search(SearchQuery.of("推进会议"), REVIEWER).items())
			.noneSatisfy(hit -> assertThat(hit.link()).isEqualTo("/reports/" + report.id()));
		assertThatThrownBy(() -> drafts.confirm(report.id(), discarded.version(), REVIEWER)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> drafts.discard(report.id(), discarded.version(), REVIEWER)).isInstanceOf(ConflictException.class);
		assertThat(drafts.get(report.id(), REVIEWER).tasks()).hasSize(report.tasks().size());
	}

	@Test
	void clipsATitleTakenFromAVeryLongFirstLine() {
		String firstLine = "会议要求各单位" + "抓好落实".repeat(2500);

		Report report = drafts.create(ReportInput.text(firstLine + "\n区发改局要在6月30日前完成项目评审。"), REVIEWER);

		assertThat(report.title()).hasSizeLessThanOrEqualTo(100).startsWith("会议要求各单位").endsWith("…");
	}

	@Test
	void previewsTheHandOffAsTheConfirmationCarriesIt() {
		Report report = conference();

		HandOffPlan preview = drafts.preview(report.id(), REVIEWER);
		drafts.confirm(report.id(), report.version(), REVIEWER);

		ReportConfirmed confirmed = events.stream(ReportConfirmed.class).filter(e -> e.reportId() == report.id()).findFirst()
			.orElseThrow();
		assertThat(confirmed.plan()).isEqualTo(preview);
		assertThat(confirmed.confirmedBy()).isEqualTo(REVIEWER);
		// This reviewer may manage reports but not issue tasks: nothing is issued, and each task says so.
		assertThat(preview.tasks()).hasSize(report.tasks().size()).allSatisfy(task -> assertThat(task.draftReasons())
			.extracting(HandOffPlan.DraftReason::kind).contains(HandOffPlan.DraftReason.Kind.NOT_PERMITTED));
		assertThat(preview.tasks().get(0).lead().name()).isEqualTo("区发改局");
	}

	/** May manage reports and issue tasks, over the whole district. */
	static final Actor ISSUER = new Actor(null, "test-issuer", "督查室", null,
			Set.of(org.luoshi.shared.Permissions.REPORTS_MANAGE, org.luoshi.shared.Permissions.SUPERVISION_MANAGE));

	/** The unit a name designates alone (a short name, or a path such as 棠下镇/经济发展办). */
	private long unitId(String name) {
		return ((org.luoshi.organization.UnitNameResolution.Unique) directory.resolveUnitName(name, null)).unit().id();
	}

	@Test
	void keepsEachUnitAsWrittenAndMatchesItToTheOrganization() {
		Report report = drafts.create(ReportInput.text(ReportDraftFixtures.unitsAsWritten()), REVIEWER);

		Task projects = report.tasks().get(0);
		assertThat(projects.leadUnits()).containsExactly("区发展改革局");
		assertThat(projects.coUnits()).containsExactly("区工业和信息化局");
		assertThat(projects.unitMatches()).containsExactly(
				UnitMatch.unique("区发展改革局", UnitMatch.Role.LEAD, unitId("区发改局"), "区发改局"),
				UnitMatch.unique("区工业和信息化局", UnitMatch.Role.CO, unitId("区工信局"), "区工信局"));
		assertThat(report.tasks().get(1).unitMatches()).containsExactly(UnitMatch.ambiguous("经济发展办", UnitMatch.Role.LEAD,
				List.of("棠下镇/经济发展办", "荷塘镇/经济发展办", "杜阮镇/经济发展办")));
		assertThat(report.tasks().get(2).unitMatches()).containsExactly(UnitMatch.unknown("区金融工作局", UnitMatch.Role.LEAD));
		assertThat(drafts.get(report.id(), REVIEWER).tasks()).as("stored so").isEqualTo(report.tasks());
		assertThat(jdbc.sql("SELECT draft #>> '{tasks,0,unitMatches,0,unit}' FROM report WHERE id = ?").param(report.id())
			.query(String.class).single()).isEqualTo("区发改局");
	}

	@Test
	void handsEachTaskToTheUnitItsWrittenNameMatchedAndAsksAboutTheOthers() {
		Report report = drafts.create(ReportInput.text(ReportDraftFixtures.unitsAsWritten()), ISSUER);

		HandOffPlan plan = drafts.preview(report.id(), ISSUER);

		HandOffPlan.PlannedTask projects = plan.tasks().get(0);
		assertThat(projects.issued()).isTrue();
		assertThat(projects.lead()).isEqualTo(new HandOffPlan.AssignedUnit(unitId("区发改局"), "区发改局", "区发展改革局"));
		assertThat(projects.coUnits()).containsExactly(new HandOffPlan.AssignedUnit(unitId("区工信局"), "区工信局", "区工业和信息化局"));
		assertThat(plan.tasks().get(1).draftReasons()).containsExactly(new HandOffPlan.DraftReason(HandOffPlan.DraftReason.Kind.UNIT_AMBIGUOUS,
				"经济发展办", List.of("棠下镇/经济发展办", "荷塘镇/经济发展办", "杜阮镇/经济发展办")));
		assertThat(plan.tasks().get(2).draftReasons())
			.containsExactly(new HandOffPlan.DraftReason(HandOffPlan.DraftReason.Kind.UNIT_UNKNOWN, "区金融工作局", List.of()));
		assertThat(plan.unmatchedUnits()).extracting(HandOffPlan.DraftReason::name).containsExactly("经济发展办", "区金融工作局");

		// A town's reviewer matches the same words within the town: its own 经济发展办.
		long tangxia = unitId("棠下镇");
		Actor townIssuer = new Actor(null, "test-town-issuer", "镇督查", tangxia, ISSUER.permissions());
		Report town = drafts.create(ReportInput.text(ReportDraftFixtures.unitsAsWritten()), townIssuer);
		assertThat(town.tasks().get(1).unitMatches()).singleElement().satisfies(match -> {
			assertThat(match.match()).isEqualTo(UnitMatch.Match.UNIQUE);
			assertThat(match.unitId()).isEqualTo(unitId("棠下镇/经济发展办"));
		});
		assertThat(town.tasks().get(0).unitMatches()).as("the district's bureau is outside the town")
			.extracting(UnitMatch::match).containsOnly(UnitMatch.Match.UNKNOWN);
	}

	@Test
	void matchesAUnitTheReviewerChoosesAgainAndRefusesOneThatMatchesNothing() {
		Report report = drafts.create(ReportInput.text(ReportDraftFixtures.unitsAsWritten()), REVIEWER);
		Task visits = report.tasks().get(1);

		Report chosen = drafts.editTask(report.id(), report.version(), 1,
				new TaskEdit(visits.text(), List.of("棠下镇/经济发展办"), List.of("区发展和改革局"), ""), REVIEWER);

		assertThat(chosen.tasks().get(1).unitMatches()).containsExactly(
				UnitMatch.unique("棠下镇/经济发展办", UnitMatch.Role.LEAD, unitId("棠下镇/经济发展办"), "棠下镇/经济发展办"),
				UnitMatch.unique("区发展和改革局", UnitMatch.Role.CO, unitId("区发改局"), "区发改局"));
		assertThat(chosen.tasks().get(0)).as("the other tasks keep theirs").isEqualTo(report.tasks().get(0));
		assertThatThrownBy(() -> drafts.editTask(report.id(), chosen.version(), 1,
				new TaskEdit(visits.text(), List.of("区乡村振兴局"), List.of(), ""), REVIEWER))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("leadUnits:reports.task.unit.unknown"));
		// The name the text wrote may stay, matched or not: the hand-off says why its task waits.
		Task unknown = chosen.tasks().get(2);
		Report kept = drafts.editTask(report.id(), chosen.version(), 2,
				new TaskEdit(unknown.text(), unknown.leadUnits(), List.of(), ""), REVIEWER);
		assertThat(kept.tasks().get(2).unitMatches()).containsExactly(UnitMatch.unknown("区金融工作局", UnitMatch.Role.LEAD));
	}

	@Test
	void readsADraftStoredBeforeUnitsWereMatchedAndMatchesItsOrganizationNames() {
		// As drafts were stored before: the organization's names in leadUnits, no unitMatches (nor deadlinePast, otherPlans).
		String old = """
				{"title": "旧草稿", "date": null, "duplicateParagraphs": 0, "articles": [], "people": [], "goals": [],
				 "tasks": [{"group": null, "text": "区发改局要完成项目评审。", "leadUnits": ["区发改局"], "coUnits": ["区住建局"],
				            "places": [], "unknownPlaces": [], "deadline": "2099-06-30", "targets": [], "enterprises": []}],
				 "groups": [], "places": [], "unknownPlaces": []}""";
		long id = jdbc.sql("INSERT INTO report (title, source_text, draft) VALUES ('旧草稿', '区发改局要完成项目评审。', CAST(? AS jsonb)) RETURNING id")
			.param(old).query(Long.class).single();

		Report report = drafts.get(id, REVIEWER);

		assertThat(report.tasks()).singleElement().satisfies(task -> {
			assertThat(task.leadUnits()).containsExactly("区发改局");
			assertThat(task.deadlinePast()).isFalse();
			assertThat(task.unitMatches()).containsExactly(UnitMatch.unique("区发改局", UnitMatch.Role.LEAD, unitId("区发改局"), "区发改局"),
					UnitMatch.unique("区住建局", UnitMatch.Role.CO, unitId("区住建局"), "区住建局"));
		});
		assertThat(report.draft().otherPlans()).isEmpty();
		assertThat(drafts.preview(id, ISSUER).tasks().get(0).lead().id()).isEqualTo(unitId("区发改局"));
		// The next change stores the matches.
		Task task = report.tasks().get(0);
		Report saved = drafts.editTask(id, report.version(), 0, new TaskEdit(task.text(), task.leadUnits(), task.coUnits(), "2099-06-30"),
				REVIEWER);
		assertThat(saved.tasks().get(0).unitMatches()).isEqualTo(task.unitMatches());
		assertThat(jdbc.sql("SELECT draft #>> '{tasks,0,unitMatches,1,match}' FROM report WHERE id = ?").param(id).query(String.class)
			.single()).isEqualTo("UNIQUE");
	}

	private long audited(String action, long reportId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?")
			.params(action, String.valueOf(reportId)).query(Long.class).single();
	}

	@Test
	void refusesActorsWithoutThePermission() {
		Actor reader = new Actor(null, "reader", "读者", null, Set.of());
		assertThatThrownBy(() -> drafts.create(ReportInput.text(CONFERENCE), reader)).isInstanceOf(AccessDeniedException.class);
	}
}
