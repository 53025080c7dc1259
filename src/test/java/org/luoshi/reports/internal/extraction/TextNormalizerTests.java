package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

	@Test
	void turnsFullWidthLettersAndDigitsHalfWidthButKeepsChinesePunctuation() {
		assertThat(TextNormalizer.widthsAndSpaces("全年ＧＤＰ增长６．５％，新增１２家。"))
			.isEqualTo("全年GDP增长6.5%，新增12家。");
	}

	@Test
	void makesEveryKindOfSpaceOneAndDropsInvisibleCharacters() {
		List<String> paragraphs = TextNormalizer.paragraphs(new ReadText("\uFEFF会议\u3000\u3000强调\u200B，要加快\u00A0建设。\r\n\r\n  第二段  \n", false));
		assertThat(paragraphs).containsExactly("会议 强调，要加快 建设。", "第二段");
	}

	@Test
	void convertsTraditionalChineseToSimplified() {
		assertThat(TextNormalizer.paragraphs(new ReadText("會議強調，要加快推進產業園區建設。", false)))
			.containsExactly("会议强调，要加快推进产业园区建设。");
	}

	@Test
	void leavesSimplifiedTextAsItIs() {
		String text = "要认真学习浙江经验，乾坤未定，后来居上。";
		assertThat(TextNormalizer.paragraphs(new ReadText(text, false))).containsExactly(text);
	}

	@Test
	void rejoinsLinesThatAPdfBrokeAndDropsPageNumbers() {
		String pdf = """
				一、加快产业发展
				1.加快推进大型产业集聚区建设，年内新增供应产业用地
				1000亩以上。
				2.新增国家高新技术企业50家。
				- 2 -
				会议强调，要锚定目标任务，聚精会神抓好各项工作的落
				实，确保完成全年目标。
				""";
		assertThat(TextNormalizer.paragraphs(new ReadText(pdf, true))).containsExactly("一、加快产业发展",
				"1.加快推进大型产业集聚区建设，年内新增供应产业用地1000亩以上。", "2.新增国家高新技术企业50家。",
				"会议强调，要锚定目标任务，聚精会神抓好各项工作的落实，确保完成全年目标。");
	}

	@Test
	void readsATabSeparatedTaskTableAsNumberedTasksWithLabelledUnits() {
		String table = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t建成产业园\t区发改局\t区财政局、棠下镇\t2025年6月底\n2\t开展培训\t区人社局\t\t长期\n";
		assertThat(TextNormalizer.paragraphs(new ReadText(table, false))).containsExactly(
				"1. 建成产业园（牵头单位：区发改局；配合单位：区财政局、棠下镇；完成时限：2025年6月底）",
				"2. 开展培训（牵头单位：区人社局；完成时限：长期）");
	}

	@Test
	void rejoinsPlainTextCopiedOutOfAPdfViewer() {
		String pasted = """
				杜阮镇重点工作任务
				为推动高质量发展，镇党委、镇政府研究确定重
				点工作任务如下：
				1.加快凉瓜产业园建设，全年凉瓜产业总产值突破8000
				万元，新增市级以上农业龙头企业2家。
				2.推进木朗片区工业用地整备，上半年完成土地征收200亩，
				力争引进亿元以上项目5个。
				""";
		assertThat(TextNormalizer.paragraphs(new ReadText(pasted, false))).containsExactly("杜阮镇重点工作任务",
				"为推动高质量发展，镇党委、镇政府研究确定重点工作任务如下：",
				"1.加快凉瓜产业园建设，全年凉瓜产业总产值突破8000万元，新增市级以上农业龙头企业2家。",
				"2.推进木朗片区工业用地整备，上半年完成土地征收200亩，力争引进亿元以上项目5个。");
	}

	@Test
	void keepsOneParagraphPerLineWhenLinesEndTheirSentences() {
		List<String> lines = List.of("区委召开全会", "会议强调，要加快推进大型产业集聚区建设，力争年内新增供应产业用地1000亩以上。",
				"要做好民生实事，新增公办学位3000个，新建改扩建中小学校5所。", "要守牢安全底线。");
		assertThat(TextNormalizer.looksHardWrapped(lines)).isFalse();
	}

	@Test
	void dropsTheNoteWhereANewspaperArticleContinues() {
		assertThat(TextNormalizer.paragraphs(new ReadText("（上接第一版）会议要求，要加快推进。（下转第3版）", false)))
			.containsExactly("会议要求，要加快推进。");
	}
}
