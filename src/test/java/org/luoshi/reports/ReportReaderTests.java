package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.ReportRejectedException.Reason;

/** The reader as its callers see it: every input format, every reason to refuse, names fed by a caller. */
class ReportReaderTests {

	private static final ReportReader READER = ReportFixtures.reader();

	private static final String NOTICE = """
			关于印发重点任务分工方案的通知
			一、强化要素保障
			1.盘活低效工业用地，全年完成拆除整理面积300亩以上。
			牵头单位：自然资源蓬江分局
			配合单位：区工信局、棠下镇
			完成时限：2025年12月底
			""";

	private static Reason rejection(ReportInput input) {
		return catchThrowableOfType(ReportRejectedException.class, () -> READER.read(input)).reason();
	}

	@Test
	void readsPastedText() {
		DeploymentDraft draft = READER.read(ReportInput.text(NOTICE));
		assertThat(draft.tasks()).singleElement().satisfies(task -> {
			assertThat(task.leadUnits()).containsExactly("自然资源蓬江分局");
			assertThat(task.coUnits()).containsExactly("区工信局", "棠下镇");
			assertThat(task.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
		});
	}

	@Test
	void namesUnitsAsTheDocumentWritesThemAndSaysWhatEachStandsFor() {
		DeploymentDraft draft = READER.read(ReportInput.text("""
				关于印发重点任务分工方案的通知
				一、优化营商环境
				1.推行企业开办全程网上办理，年内实现一日办结。
				责任单位：区政务服务数据管理局（牵头）、区发展改革局、区发改局、区金融工作局、荷塘镇
				"""));
		assertThat(draft.tasks()).singleElement().satisfies(task -> {
			assertThat(task.leadUnits()).containsExactly("区政务服务数据管理局");
			assertThat(task.coUnits()).as("each once, as written, lead first").containsExactly("区发展改革局", "区发改局", "区金融工作局", "荷塘镇");
			// The reader knows the units it ships with (and those its caller feeds), not the organization's ids.
			assertThat(task.unitMatches()).containsExactly(
					UnitMatch.unique("区政务服务数据管理局", UnitMatch.Role.LEAD, null, "区政数局"),
					UnitMatch.unique("区发展改革局", UnitMatch.Role.CO, null, "区发改局"),
					UnitMatch.unique("区发改局", UnitMatch.Role.CO, null, "区发改局"),
					UnitMatch.unknown("区金融工作局", UnitMatch.Role.CO),
					UnitMatch.unique("荷塘镇", UnitMatch.Role.CO, null, "荷塘镇"));
			assertThat(task.unitsMatched()).isTrue();
		});
		assertThat(READER.knownUnits("区发展改革局")).extracting(NameSource.KnownUnit::name).containsExactly("区发改局");
		assertThat(READER.knownUnits("区金融工作局")).isEmpty();
	}

	@Test
	void keepsEachUnitOnceAndALeadUnitNeverAlsoCoOperating() {
		Task task = new Task(null, "任务", List.of("区发改局", "区发改局"), List.of("区财政局", "区发改局", "区财政局"), List.of(),
				List.of(), null, List.of(), List.of());
		assertThat(task.leadUnits()).containsExactly("区发改局");
		assertThat(task.coUnits()).containsExactly("区财政局");
		assertThat(task.unitsMatched()).as("not matched yet").isFalse();
		Task matched = task.withUnitsMatched((written, role) -> UnitMatch.unknown(written, role));
		assertThat(matched.unitMatches()).extracting(UnitMatch::written, UnitMatch::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("区发改局", UnitMatch.Role.LEAD),
					org.assertj.core.groups.Tuple.tuple("区财政局", UnitMatch.Role.CO));
		assertThat(matched.unitsMatched()).isTrue();
	}

	@Test
	void readsAUnitThatMustLeadAsTheTasksSubjectNotAsALabel() {
		DeploymentDraft draft = READER.read(ReportInput.text("""
				区委召开法治建设推进会议
				3月2日，区委召开法治建设推进会议，部署公共法律服务工作。会议强调：
				一要建好园区公共法律服务。区司法局要牵头在棠下产业园建成公共法律服务站，2026年9月30日前完成，区工信局配合。
				二要办好普法讲座。区司法局要组织律师到产业园开展公益法治讲座，2026年10月31日前完成。
				""").withReferenceDate(LocalDate.of(2026, 3, 2)));
		assertThat(draft.tasks()).hasSize(2).first().satisfies(task -> {
			assertThat(task.group()).isEqualTo("一要建好园区公共法律服务");
			assertThat(task.text()).contains("建成公共法律服务站");
			assertThat(task.leadUnits()).containsExactly("区司法局");
			assertThat(task.coUnits()).containsExactly("区工信局");
			assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
		});
	}

	@Test
	void keepsTheConcreteSentenceUnderAHeadingAndAPastDeadlineFlagged() {
		DeploymentDraft draft = READER.read(ReportInput.text("""
				区政府常务会议纪要
				2026年4月8日，区政府召开常务会议，研究近期工作。
				一要规范行政执法。
				区司法局负责组织执法部门对执法案卷开展一次集中评查。
				二要做好河道清淤。
				区水利局要在2026年1月底前完成潮连片区主干河道清淤。
				"""));
		assertThat(draft.tasks()).extracting(Task::text).containsExactly("区司法局负责组织执法部门对执法案卷开展一次集中评查。",
				"区水利局要在2026年1月底前完成潮连片区主干河道清淤。");
		assertThat(draft.tasks()).extracting(Task::group).containsExactly("一要规范行政执法", "二要做好河道清淤");
		Task first = draft.tasks().get(0);
		assertThat(first.leadUnits()).containsExactly("区司法局");
		assertThat(first.deadline()).as("no deadline in the text, none made up").isNull();
		assertThat(first.deadlinePast()).isFalse();
		Task second = draft.tasks().get(1);
		assertThat(second.deadline()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(second.deadlinePast()).isTrue();
	}

	@Test
	void takesTheCommitmentsOfADiscussionArticleWithTheirTownsAsLeads() {
		DeploymentDraft draft = READER.read(ReportInput.text("""
				全会精神在各镇街引发热议
				连日来，区委全会精神在全区引发热烈反响。
				“全会提振了信心。”荷塘镇党委书记表示，荷塘镇将加快建设纺织产业园，力争新增规上企业8家。
				与会代表表示，将认真履行代表职责，为发展贡献智慧和力量。
				大家一致认为，全会报告思路清晰、措施有力。
				"""));
		assertThat(draft.tasks()).singleElement().satisfies(task -> {
			assertThat(task.text()).contains("加快建设纺织产业园").contains("新增规上企业8家");
			assertThat(task.leadUnits()).containsExactly("荷塘镇");
			assertThat(task.targets()).anySatisfy(t -> assertThat(t.unit()).isEqualTo("家"));
		});
	}

	@Test
	void offersThePlansOfThePagesOtherArticlesApart() {
		DeploymentDraft draft = READER.read(ReportInput.text("""
				区委经济工作会议召开
				本报讯 1月8日，区委经济工作会议召开。
				会议强调，一要加快产业园区扩容提质，年内新增工业用地500亩。二要推进城市更新，完成3个旧厂房改造。三要办好民生实事，新增公办学位2000个。

				区司法局推进园区法律服务
				本报讯 记者从区司法局获悉，今年以来该局走访企业120家，解答法律咨询300余次。
				接下来，区司法局将在两个产业园建立公共法律服务站，为企业提供法律咨询服务。
				"""));
		assertThat(draft.tasks()).hasSize(3).noneSatisfy(task -> assertThat(task.text()).contains("法律服务站"));
		assertThat(draft.otherPlans()).singleElement().satisfies(plan -> {
			assertThat(plan.text()).contains("建立公共法律服务站");
			assertThat(plan.leadUnits()).contains("区司法局");
		});
	}

	@Test
	void readsTextFilesInUtf8Gb18030AndUtf16() {
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16)) {
			DeploymentDraft draft = READER.read(ReportInput.file("notice.txt", NOTICE.getBytes(charset)));
			assertThat(draft.title()).as(charset.name()).isEqualTo("关于印发重点任务分工方案的通知");
			assertThat(draft.tasks()).as(charset.name()).hasSize(1);
		}
	}

	@Test
	void readsAWordFileWithAutomaticNumberingAndATaskTable() {
		byte[] docx = DocumentFiles.docx("关于做好重点工作的通知", List.of("一、加快项目建设"),
				List.of("加快推进滨江新区学校建设，确保8月底前建成。", "新增公办学位1200个。"),
				List.of(List.of("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
						List.of("1", "开展安全生产大排查，整治隐患不少于500处", "区应急管理局", "各镇（街）", "2025年3月底")));
		DeploymentDraft draft = READER.read(ReportInput.file("notice.docx", docx).withReferenceDate(LocalDate.of(2025, 1, 1)));
		assertThat(draft.title()).isEqualTo("关于做好重点工作的通知");
		assertThat(draft.tasks()).extracting(Task::text).containsExactly("1.加快推进滨江新区学校建设，确保8月底前建成。", "2.新增公办学位1200个。",
				"1. 开展安全生产大排查，整治隐患不少于500处");
		Task table = draft.tasks().get(2);
		assertThat(table.leadUnits()).containsExactly("区应急管理局");
		assertThat(table.coUnits()).containsExactly("各镇（街）");
		assertThat(table.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void readsThePdfTextLayerAndJoinsItsWrappedLines() {
		assumeTrue(DocumentFiles.CJK_FONT.isFile(), "no CJK font to write a test PDF with");
		byte[] pdf = DocumentFiles.pdf(List.of("重点任务通知", "一、扩大有效投资", "1.全年实施区重点项目150个，完成年度投", "资330亿元以上。",
				"2.新增国家高新技术企业50家以上。"), null);
		DeploymentDraft draft = READER.read(ReportInput.file("notice.pdf", pdf).withReferenceDate(LocalDate.of(2025, 1, 1)));
		assertThat(draft.tasks()).extracting(Task::text).containsExactly("1.全年实施区重点项目150个，完成年度投资330亿元以上。",
				"2.新增国家高新技术企业50家以上。");
		assertThat(draft.tasks().get(0).targets()).hasSize(2);
	}

	@Test
	void refusesEmptyAndBlankInput() {
		assertThat(rejection(ReportInput.file("a.txt", new byte[0]))).isEqualTo(Reason.EMPTY);
		assertThat(rejection(ReportInput.text(" \n\u3000\t "))).isEqualTo(Reason.EMPTY);
	}

	@Test
	void refusesInputOverTenMegabytes() {
		ReportRejectedException e = catchThrowableOfType(ReportRejectedException.class,
				() -> READER.read(ReportInput.file("big.txt", new byte[ReportReader.MAX_BYTES + 1])));
		assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(e.violations().get(0).field()).isEqualTo("file");
		assertThat(e.violations().get(0).messageKey()).isEqualTo("reports.rejected.too-large");
		assertThat(e.violations().get(0).arguments()).containsExactly("10.0 MB", "10.0 MB");
	}

	@Test
	void refusesBinaryFilesAndOldWordFiles() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		assertThat(rejection(ReportInput.file("photo.txt", png))).isEqualTo(Reason.BINARY);
		assertThat(rejection(ReportInput.file("x.txt", new byte[] { 'a', 0, 'b', 0, 1, 2, 3 }))).isEqualTo(Reason.BINARY);
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };
		ReportRejectedException e = catchThrowableOfType(ReportRejectedException.class,
				() -> READER.read(ReportInput.file("Notice.DOC", ole2)));
		assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
		assertThat(e.violations().get(0).arguments()).containsExactly(".doc");
	}

	@Test
	void refusesDamagedEncryptedAndImageOnlyFiles() {
		byte[] damaged = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		assertThat(rejection(ReportInput.file("a.docx", damaged))).isEqualTo(Reason.UNREADABLE);
		assertThat(rejection(ReportInput.file("a.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo(Reason.UNREADABLE);
		assertThat(rejection(ReportInput.file("scan.pdf", DocumentFiles.pdf(List.of(), null)))).isEqualTo(Reason.NO_TEXT_LAYER);
		assumeTrue(DocumentFiles.CJK_FONT.isFile(), "no CJK font to write a test PDF with");
		assertThat(rejection(ReportInput.file("secret.pdf", DocumentFiles.pdf(List.of("机密"), "secret")))).isEqualTo(Reason.ENCRYPTED);
	}

	@Test
	void refusesAZipBombBeforeUnpackingIt() {
		assertThat(rejection(ReportInput.file("bomb.docx", DocumentFiles.zipBomb(110L << 20)))).isEqualTo(Reason.TOO_LARGE);
	}

	@Test
	void knowsTheUnitsPlacesAndEnterprisesACallerFeeds() {
		NameSource organization = new NameSource() {
			@Override
			public List<KnownUnit> units() {
				return List.of(new KnownUnit("滨江新区管委会", List.of("滨江新区管理委员会")));
			}

			@Override
			public List<KnownPlace> places() {
				return List.of(new KnownPlace("会城街道", "440705001", List.of()));
			}

			@Override
			public List<String> enterprises() {
				return List.of("江门市某某电器有限公司");
			}
		};
		ReportReader reader = ReportReader.withNames(organization);
		DeploymentDraft draft = reader.read(ReportInput.text("要支持江门市某某电器有限公司扩产，由滨江新区管理委员会牵头，在会城街道、棠下镇布局新项目。"));
		assertThat(draft.tasks()).singleElement().satisfies(task -> {
			assertThat(task.leadUnits()).as("as written").containsExactly("滨江新区管理委员会");
			assertThat(task.unitMatches()).containsExactly(UnitMatch.unique("滨江新区管理委员会", UnitMatch.Role.LEAD, null, "滨江新区管委会"));
			assertThat(task.places()).containsExactly("会城街道", "棠下镇");
			assertThat(task.unknownPlaces()).isEmpty();
			assertThat(task.enterprises()).containsExactly("江门市某某电器有限公司");
		});
	}

	@Test
	void readsAMegabyteOfTroublesomeTextInBoundedTime() {
		String troublesome = "一要" + "区".repeat(300) + "局" + "（".repeat(200) + "千亿万".repeat(100) + "1.2.3.4." + "棠下镇社稷镇区委书记张三".repeat(50)
				+ "牵头单位：区发改局；" + "2024年12月31日前".repeat(20);
		String text = troublesome.repeat(1_000_000 / troublesome.length() + 1);
		long start = System.nanoTime();
		DeploymentDraft draft = READER.read(ReportInput.text(text));
		long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		// linear work takes a few seconds here; anything quadratic would take many minutes
		assertThat(seconds).isLessThan(60);
		assertThat(draft.tasks()).allSatisfy(task -> assertThat(task.text().length()).isLessThanOrEqualTo(2 * 800 + 2));
	}
}
