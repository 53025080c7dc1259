package org.luoshi.reports.internal.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.internal.drafts.SourceSpans.Piece;

class SourceSpansTests {

	static Task task(String text) {
		return new Task(null, text, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
	}

	@Test
	void marksEachTaskWhereItStandsAndKeepsTheTextBetween() {
		List<Piece> pieces = SourceSpans.of("开头。甲要做一。乙要做二。结尾", List.of(task("甲要做一。"), task("乙要做二。")));

		assertThat(pieces).containsExactly(new Piece("开头。", null), new Piece("甲要做一。", 0), new Piece("乙要做二。", 1),
				new Piece("结尾", null));
	}

	@Test
	void findsATaskAcrossAHardWrappedLine() {
		List<Piece> pieces = SourceSpans.of("前言\n甲要做\n一件事。后记", List.of(task("甲要做一件事。")));

		assertThat(pieces).containsExactly(new Piece("前言\n", null), new Piece("甲要做\n一件事。", 0), new Piece("后记", null));
	}

	@Test
	void findsATaskWhoseWidthsTheReaderNormalized() {
		List<Piece> pieces = SourceSpans.of("前言。要推动A区建设,力争超100亿元。后记", List.of(task("要推动Ａ区建设，力争超100亿元。")));

		assertThat(pieces).containsExactly(new Piece("前言。", null), new Piece("要推动A区建设,力争超100亿元。", 0), new Piece("后记", null));
	}

	@Test
	void marksARepeatedSentenceOnceAndSkipsTasksNotInTheText() {
		List<Piece> pieces = SourceSpans.of("甲要做。甲要做。", List.of(task("甲要做。"), task("甲要做。"), task("不在原文。")));

		assertThat(pieces).extracting(Piece::task).containsExactly(0, 1);
	}

	@Test
	void readsTheSourceOfALongHardWrappedReportAboutOnceHoweverManyTasksItHas() {
		for (int items : new int[] { 100, 400 }) {
			List<String> sentences = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			for (int i = 1; i <= items; i++) {
				String sentence = "要推进第" + i + "片区道路改造，新增停车位" + (i * 3) + "个，年底前完成。";
				sentences.add(sentence);
				text.append(i).append('.').append(sentence);
			}
			StringBuilder wrapped = new StringBuilder();
			for (int k = 0; k < text.length(); k += 30) {
				wrapped.append(text, k, Math.min(text.length(), k + 30)).append('\n');
			}

			SourceSpans.Located located = SourceSpans.locate(wrapped.toString(), sentences);

			assertThat(located.starts()).doesNotContain(-1);
			// each search starts where the last task ended: the text is gone over once, not once per task
			assertThat(located.charactersSearched()).isLessThanOrEqualTo(text.length());
		}
	}

	@Test
	void findsARepeatedSentenceAtItsNextOccurrenceAndOneStandingEarlierFromTheStart() {
		assertThat(SourceSpans.starts("甲要做。乙要做。甲要做。", List.of("甲要做。", "甲要做。", "乙要做。"))).containsExactly(0, 8, 4);
	}
}
