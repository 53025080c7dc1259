package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Task;

/** Groups and the tasks under them, as the walk through an article's headings finds them. */
class ArticleWalkTests {

	private static ArticleWalk walk(String... paragraphs) {
		return walk(List.of(paragraphs).stream().map(Paragraph::of).toList());
	}

	private static ArticleWalk walk(List<Paragraph> paragraphs) {
		ArticleWalk walk = new ArticleWalk(new Articles.Article("标题", paragraphs, false), ExtractionFixtures.YEAR_2024,
				ExtractionFixtures.LEXICON);
		walk.run();
		return walk;
	}

	private static List<Task> tasks(ArticleWalk walk) {
		return walk.drafts().stream().map(d -> d.toTask(ExtractionFixtures.YEAR_2024, ExtractionFixtures.LEXICON, new HashMap<>())).toList();
	}

	@Test
	void putsEachTaskUnderItsGroupAndTakesTheIntroductionForTheGoal() {
		ArticleWalk walk = walk("会议强调，要锚定千亿GDP目标，奋力谱写新篇章。一要做强镇域经济，全力提速产业发展。要支持棠下镇建设智能制造强镇。要加快推进园区建设。",
				"二要推进乡村振兴，全力提速城乡融合。要全年新增高标准农田2000亩。");
		assertThat(tasks(walk)).extracting(Task::group, Task::text).containsExactly(
				tuple("一要做强镇域经济，全力提速产业发展", "要支持棠下镇建设智能制造强镇。"),
				tuple("一要做强镇域经济，全力提速产业发展", "要加快推进园区建设。"),
				tuple("二要推进乡村振兴，全力提速城乡融合", "要全年新增高标准农田2000亩。"));
		assertThat(walk.goalSentences()).containsExactly("会议强调，要锚定千亿GDP目标，奋力谱写新篇章。");
		assertThat(walk.isDeployment()).isTrue();
	}

	@Test
	void listsAGroupPrintedAgainUnderAnotherOrdinalAsAGhostWithoutTasks() {
		String second = "二要推进乡村振兴，全力提速城乡融合。要全年新增高标准农田2000亩。";
		ArticleWalk walk = walk(List.of(Paragraph.of("一要做强镇域经济。要加快推进园区建设。"), Paragraph.of(second),
				new Paragraph("五要推进乡村振兴，全力提速城乡融合。要全年新增高标准农田2000亩。", second)));
		assertThat(walk.nodes()).extracting(n -> n.ordinal).containsExactly(1, 2, 5);
		ArticleWalk.Node ghost = walk.nodes().get(2);
		assertThat(ghost.ghostOf).isSameAs(walk.nodes().get(1));
		assertThat(tasks(walk)).hasSize(2);
	}

	@Test
	void readsASectionOfReviewAsNoTasksAndASectionOfGoalsAsGoals() {
		ArticleWalk walk = walk("一、2023年工作回顾", "全区新增规上工业企业46家，建成一批民生工程。", "二、工作目标",
				"到2024年底，新增国家高新技术企业50家。", "三、重点任务", "1.加快推进园区建设，年内完成投资5亿元。");
		assertThat(tasks(walk)).singleElement().satisfies(task -> assertThat(task.group()).isEqualTo("三、重点任务"));
		assertThat(walk.goalSentences()).containsExactly("到2024年底，新增国家高新技术企业50家。");
	}

	@Test
	void takesAHeadingWithNothingUnderItForATaskInItsPlace() {
		List<Task> tasks = tasks(walk("会议要求：", "一要加快推进项目建设。二要持续改善民生。"));
		assertThat(tasks).extracting(Task::text).containsExactly("一要加快推进项目建设", "二要持续改善民生");
		assertThat(tasks).extracting(Task::group).containsOnlyNulls();
	}

	@Test
	void titlesAParagraphWithItsShortLeadSentence() {
		List<Task> tasks = tasks(walk("（一）着力壮大实体经济", "加快数字化转型。推动50家规上工业企业实施数字化改造。"));
		assertThat(tasks).singleElement().satisfies(task -> {
			assertThat(task.group()).isEqualTo("加快数字化转型");
			assertThat(task.text()).isEqualTo("推动50家规上工业企业实施数字化改造。");
		});
	}

	@Test
	void givesLabelledUnitsToTheTaskBeforeThemAndToTheGroupRightAfterItsHeading() {
		List<Task> tasks = tasks(walk("一、强化要素保障", "牵头单位：区发改局", "1.盘活低效工业用地。", "2.设立产业发展基金。", "牵头单位：区财政局",
				"配合单位：区工信局"));
		assertThat(tasks).extracting(Task::leadUnits).containsExactly(List.of("区发改局"), List.of("区财政局"));
		assertThat(tasks.get(1).coUnits()).containsExactly("区工信局");
	}

	@Test
	void tellsNewsFromDeployment() {
		ArticleWalk news = walk("近日，某单位获评先进集体。", "该单位一直坚持服务企业发展，成绩显著。", "下一步，该单位将继续深化改革。");
		// one sentence reads like a task, but a news article is no deployment: the pipeline takes none of it
		assertThat(news.drafts()).hasSize(1);
		assertThat(news.isDeployment()).isFalse();
	}

	@Test
	void splitsASentenceOfSeveralTasksAtItsSemicolonsSharingItsSubjectAndClosingDeadline() {
		List<Task> tasks = tasks(walk("（三）提升城市品质",
				"区住建局要加快建设城东污水处理厂三期；推进环城绿道南段贯通工程；完成背街小巷整治45条，2024年9月底前完成。"));
		assertThat(tasks).extracting(Task::text).containsExactly("区住建局要加快建设城东污水处理厂三期", "推进环城绿道南段贯通工程",
				"完成背街小巷整治45条，2024年9月底前完成。");
		assertThat(tasks).allSatisfy(task -> {
			assertThat(task.leadUnits()).containsExactly("区住建局");
			assertThat(task.deadline()).hasToString("2024-09-30");
			assertThat(task.group()).isEqualTo("（三）提升城市品质");
		});
		assertThat(tasks.get(2).targets()).singleElement().satisfies(target -> assertThat(target.unit()).isEqualTo("条"));
		assertThat(tasks.get(0).targets()).isEmpty();
	}

	@Test
	void splitsVerbPhrasesJoinedByEnumerationCommasWhenEachOpensWithATaskVerb() {
		List<Task> tasks = tasks(walk("（二）改善民生",
				"年内推进社区食堂提质扩面、加快建设区第二人民医院住院楼、完成12所学校饮水设施改造。"));
		assertThat(tasks).extracting(Task::text).containsExactly("年内推进社区食堂提质扩面", "加快建设区第二人民医院住院楼",
				"完成12所学校饮水设施改造。");
	}

	@Test
	void keepsAListOfObjectsUnderOneVerbAndAListOfUnitsWhole() {
		List<Task> tasks = tasks(walk("（四）优化营商环境",
				"推进政务服务大厅、不动产登记中心、公共资源交易中心改造升级。",
				"区发改局、区住建局等单位要加快梳理全区闲置低效用地，建立台账。"));
		assertThat(tasks).extracting(Task::text).containsExactly("推进政务服务大厅、不动产登记中心、公共资源交易中心改造升级。",
				"区发改局、区住建局等单位要加快梳理全区闲置低效用地，建立台账。");
	}

	@Test
	void keepsASentenceWholeWhenOneOfItsClausesIsNoTaskAndSharesAClosingDeadlineClause() {
		List<Task> kept = tasks(walk("（五）扩大有效投资",
				"加快推进滨海物流园一期建设；该项目总投资12亿元；启动智能装备产业园规划编制工作。"));
		assertThat(kept).extracting(Task::text).containsExactly("加快推进滨海物流园一期建设；该项目总投资12亿元；启动智能装备产业园规划编制工作。");
		List<Task> split = tasks(walk("（五）扩大有效投资", "新建城西变电站两座；改造老城区供水管网30公里；确保2024年11月底前完成。"));
		assertThat(split).extracting(Task::text).containsExactly("新建城西变电站两座", "改造老城区供水管网30公里；确保2024年11月底前完成。");
		assertThat(split).extracting(task -> task.deadline().toString()).containsExactly("2024-11-30", "2024-11-30");
	}
	@Test
	void splitsANumberedItemOfSeveralTasksLikeASentenceWithTheSameSafeguards() {
		List<Task> tasks = tasks(walk("（一）推进产业升级",
				"1. 加快建设东湖智造产业园标准厂房；推进北岸数据中心二期扩容，新增机柜800个；年底前完成。",
				"（2）区住建局要完成旧城排水管网改造18公里；推进老旧小区加装电梯40台。",
				"3. 启动南岸滨水公园规划设计；该公园占地约12公顷。"));
		assertThat(tasks).extracting(Task::text).containsExactly("1. 加快建设东湖智造产业园标准厂房",
				"推进北岸数据中心二期扩容，新增机柜800个；年底前完成。", "（2）区住建局要完成旧城排水管网改造18公里",
				"推进老旧小区加装电梯40台。", "3. 启动南岸滨水公园规划设计；该公园占地约12公顷。");
		assertThat(tasks).extracting(Task::group).containsOnly("（一）推进产业升级");
		// the closing deadline is said for both; each figure stays with its own clause
		assertThat(tasks.subList(0, 2)).extracting(task -> String.valueOf(task.deadline())).containsExactly("2024-12-31", "2024-12-31");
		assertThat(tasks.get(0).targets()).isEmpty();
		assertThat(tasks.get(1).targets()).singleElement().satisfies(target -> assertThat(target.unit()).isEqualTo("个"));
		// the subject said once leads both
		assertThat(tasks.subList(2, 4)).allSatisfy(task -> assertThat(task.leadUnits()).containsExactly("区住建局"));
		assertThat(tasks.get(3).targets()).singleElement().satisfies(target -> assertThat(target.unit()).isEqualTo("台"));
	}
	@Test
	void givesTheFirstClausesUnitsOnlyToLaterClausesWithoutASubjectOfTheirOwn() {
		List<Task> tasks = tasks(walk("（六）整治市容环境",
				"区城管局要完成垃圾分类示范小区创建20个；各有关单位要做好沿街商户宣传引导工作；推进占道经营专项整治，10月底前完成。"));
		assertThat(tasks).extracting(Task::text).containsExactly("区城管局要完成垃圾分类示范小区创建20个",
				"各有关单位要做好沿街商户宣传引导工作", "推进占道经营专项整治，10月底前完成。");
		assertThat(tasks.get(0).leadUnits()).as("as written").containsExactly("区城管局");
		// "各有关单位" names no known unit: the clause is theirs, not the 城管局's
		assertThat(tasks.get(1).leadUnits()).isEmpty();
		assertThat(tasks.get(1).coUnits()).isEmpty();
		assertThat(tasks.get(2).leadUnits()).containsExactly("区城管局");
		assertThat(tasks).extracting(task -> String.valueOf(task.deadline())).containsOnly("2024-10-31");
	}

	@Test
	void readsAClauseThatAllocatesFundsAsATaskOfItsOwn() {
		List<Task> tasks = tasks(walk("（七）补齐民生短板",
				"推进西岭片区雨污分流改造，完成管网铺设20公里；安排老旧小区改造补助资金1.2亿元。"));
		assertThat(tasks).extracting(Task::text).containsExactly("推进西岭片区雨污分流改造，完成管网铺设20公里",
				"安排老旧小区改造补助资金1.2亿元。");
		assertThat(tasks.get(1).targets()).singleElement().satisfies(target -> assertThat(target.unit()).isEqualTo("亿元"));
	}
}
