package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticlesTests {

	private static List<Articles.Article> split(String... lines) {
		return Articles.split(List.of(lines).stream().map(Paragraph::of).toList());
	}

	@Test
	void startsAnArticleAtEachHeadlineFollowedByAByline() {
		List<Articles.Article> articles = split("区委召开全会 部署全年工作", "江门日报讯(记者/张三 通讯员/李四) 1月8日，区委召开全会。",
				"会议强调，要加快发展。", "某单位获评先进集体", "本报讯（记者 王五）近日，某单位获评先进集体。");
		assertThat(articles).extracting(Articles.Article::title).containsExactly("区委召开全会 部署全年工作", "某单位获评先进集体");
		assertThat(articles.get(0).paragraphs()).extracting(Paragraph::text)
			.containsExactly("1月8日，区委召开全会。", "会议强调，要加快发展。");
		assertThat(articles.get(0).reported()).isTrue();
	}

	@Test
	void dropsPhotoCaptionsAuthorLinesAndEditors() {
		List<Articles.Article> articles = split("标题在此", "□江门日报记者 张三", "正文要加快推进。", "图为会议现场。 李四 摄",
				"1月10日，会议召开。 罗某 摄", "责任编辑：王五");
		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).paragraphs()).extracting(Paragraph::text).containsExactly("正文要加快推进。");
	}

	@Test
	void takesTheFirstLineOfAnOrdinaryDocumentAsItsTitle() {
		List<Articles.Article> articles = split("关于印发重点任务分工方案的通知", "各镇人民政府：", "现将方案印发给你们。");
		assertThat(articles).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("关于印发重点任务分工方案的通知");
			assertThat(a.reported()).isFalse();
		});
	}

	@Test
	void givesNoTitleToADocumentThatStartsWithASentence() {
		assertThat(split("会议强调，要加快推进项目建设。", "要做好民生工作。")).singleElement()
			.satisfies(a -> assertThat(a.title()).isNull());
	}

	@Test
	void joinsAHeadlineSetOnTwoLines() {
		List<Articles.Article> articles = split("临江市委经济工作会议召开", "锚定目标加压奋进", "临江日报讯（记者/某某）12月26日，会议召开。");
		assertThat(articles.get(0).title()).isEqualTo("临江市委经济工作会议召开 锚定目标加压奋进");
	}
}
