package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskRulesTests {

	@Test
	void takesSentencesThatAskForWorkAsImperative() {
		assertThat(TaskRules.isImperative("要加快推进项目建设。")).isTrue();
		assertThat(TaskRules.isImperative("推动棠下镇、杜阮镇持续争先进位。")).isTrue();
		assertThat(TaskRules.isImperative("力争今年新增规上工业企业20家。")).isTrue();
		assertThat(TaskRules.isImperative("抓好安全生产。")).isTrue();
		assertThat(TaskRules.isImperative("深化新型农村集体经济改革。")).isTrue();
		assertThat(TaskRules.isImperative("实施产业集群培育行动。")).isTrue();
		assertThat(TaskRules.isImperative("会议强调，要深化自我革命。")).isTrue();
		assertThat(TaskRules.isImperative("今年，各镇（街）要倒排工期。")).isTrue();
		assertThat(TaskRules.isImperative("区发改局要牵头制定方案。")).isTrue();
		assertThat(TaskRules.isImperative("政协委员作为桥梁和纽带，要积极撰写提案。")).isTrue();
		assertThat(TaskRules.isImperative("我们将建立挂钩联系制度。")).isTrue();
		assertThat(TaskRules.isImperative("某某在讲话时表示，各镇（街）、各部门要迅速传达会议精神。")).isTrue();
		assertThat(TaskRules.isImperative("某某表示，区政府将全力支持，各相关部门要主动对接学院需求。")).isTrue();
	}

	@Test
	void readsATaskWhoseLeadAndCoOperatingUnitsAreNamedFirst() {
		assertThat(TaskRules.isImperative("由区卫健局牵头，区教育局、区体育中心配合，开展校园近视防控专项行动。")).isTrue();
		assertThat(TaskRules.isImperative("区侨联牵头，区工商联协助，举办海外乡贤恳谈会。")).isTrue();
		assertThat(TaskRules.isImperative("由区卫健局牵头，区教育局配合，近视率明显下降。")).isFalse();
	}

	@Test
	void doesNotTakeStatementsForImperatives() {
		assertThat(TaskRules.isImperative("区委常委会主持会议。")).isFalse();
		assertThat(TaskRules.isImperative("会议坚持以新思想为指导，总结工作。")).isFalse();
		assertThat(TaskRules.isImperative("推进百千万工程是促进协调发展的重要抓手。")).isFalse();
		assertThat(TaskRules.isImperative("要深刻领会、牢牢把握这个最大的政治。")).isFalse();
		assertThat(TaskRules.isImperative("与会代表表示，将认真履行代表职责。")).isFalse();
		assertThat(TaskRules.isImperative("必须坚持党的全面领导，坚持以人民为中心，坚持守正创新。")).isFalse();
		assertThat(TaskRules.isImperative("重点抓好以下几个方面工作：")).isFalse();
		assertThat(TaskRules.isImperative("主要任务是动员全区上下。")).isFalse();
		assertThat(TaskRules.isImperative("根据协议，双方将在人才培养等方面开展合作。")).isFalse();
		assertThat(TaskRules.isImperative("做好今年工作，必须坚持稳中求进，必须坚持改革创新，必须坚持以人民为中心。")).isFalse();
	}

	@Test
	void keepsNumbersBelowALimitAsTasks() {
		assertThat(TaskRules.isImperative("将城镇调查失业率控制在5.5%以下。")).isTrue();
	}

	@Test
	void recognizesReviewsOfPastYears() {
		assertThat(TaskRules.isReview("2023年，全区实现地区生产总值870亿元。", 2024)).isTrue();
		assertThat(TaskRules.isReview("会议指出，过去一年全区经济稳中向好。", 2024)).isTrue();
		assertThat(TaskRules.isReview("全区新增规上工业企业46家，取得了新成效。", 2024)).isTrue();
		assertThat(TaskRules.isReview("全年完成投资312亿元，同比增长4.6%。", 2024)).isTrue();
		assertThat(TaskRules.isReview("2024年，要新增规上工业企业50家。", 2024)).isFalse();
		assertThat(TaskRules.isReview("要加快推进项目建设。", 2024)).isFalse();
	}

	@Test
	void recognizesFormalitiesGoalsAndPaperwork() {
		assertThat(TaskRules.isFormality("区委书记某某代表区委常委会作报告。")).isTrue();
		assertThat(TaskRules.isFormality("会议审议通过了全会决议。")).isTrue();
		assertThat(TaskRules.isGoalStatement("做好全区工作的总体要求是：坚持稳中求进。")).isTrue();
		assertThat(TaskRules.isGoalStatement("主要预期目标是：地区生产总值增长6%左右。")).isTrue();
		assertThat(TaskRules.isPaperwork("蓬府办函〔2025〕12号")).isTrue();
		assertThat(TaskRules.isPaperwork("各镇人民政府、街道办事处，区直各单位：")).isTrue();
		assertThat(TaskRules.isPaperwork("附件：重点任务分工表")).isTrue();
		assertThat(TaskRules.isPaperwork("方案已经区人民政府同意，现印发给你们，请认真组织实施。")).isTrue();
		assertThat(TaskRules.isPaperwork("要加快推进项目建设。")).isFalse();
	}

	@Test
	void tellsWhatKindOfTextAHeadingOpens() {
		assertThat(TaskRules.section("一、2024年工作回顾")).isEqualTo(TaskRules.Section.REVIEW);
		assertThat(TaskRules.section("一、总体要求")).isEqualTo(TaskRules.Section.GOALS);
		assertThat(TaskRules.section("二、重点任务")).isEqualTo(TaskRules.Section.TASKS);
	}

	@Test
	void findsWhereTheVerbOfATaskClauseStartsAfterItsSubjectAndModal() {
		assertThat(TaskRules.verbAt("区住建局要加快建设城东污水处理厂")).isEqualTo(5);
		assertThat(TaskRules.verbAt("今年，各镇（街）要倒排工期")).isEqualTo(9);
		assertThat(TaskRules.verbAt("推进环城绿道南段贯通工程")).isZero();
		assertThat(TaskRules.verbAt("该项目总投资12亿元")).isNegative();
		assertThat(TaskRules.startsWithListVerb("完成背街小巷整治")).isTrue();
		assertThat(TaskRules.startsWithListVerb("服务业扩容提质")).isFalse();
	}
	@Test
	void tellsAClauseWithASubjectOfItsOwnFromOneThatContinuesTheSentencesSubject() {
		assertThat(TaskRules.hasOwnSubject("各有关单位要做好沿街商户宣传引导工作")).isTrue();
		assertThat(TaskRules.hasOwnSubject("各村（社区）要落实网格员巡查制度")).isTrue();
		assertThat(TaskRules.hasOwnSubject("同时，片区指挥部要倒排工期")).isTrue();
		assertThat(TaskRules.hasOwnSubject("推进占道经营专项整治")).isFalse();
		assertThat(TaskRules.hasOwnSubject("要做好沿街商户宣传引导工作")).isFalse();
		assertThat(TaskRules.hasOwnSubject("年内完成背街小巷整治30条")).isFalse();
		assertThat(TaskRules.hasOwnSubject("老旧小区改造要在年底前全部完工")).isFalse();
	}
}
