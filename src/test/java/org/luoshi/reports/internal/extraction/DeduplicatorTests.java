package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeduplicatorTests {

	private static final String BODY = "聚焦统筹发展和安全，全力提速平安建设。要全面落实安全生产责任，守住安全发展的底线，推进基层治理现代化。";

	@Test
	void dropsAnExactRepeatAndCountsIt() {
		Deduplicator.Result result = Deduplicator.deduplicate(List.of("一要" + BODY, "一要" + BODY, "二要另一件事，要加快推进项目建设，确保年底建成投产。"));
		assertThat(result.dropped()).isEqualTo(1);
		assertThat(result.paragraphs()).extracting(Paragraph::isGhost).containsExactly(false, false);
	}

	@Test
	void treatsPunctuationAndSpacesAsNoDifference() {
		Deduplicator.Result result = Deduplicator.deduplicate(List.of(BODY, BODY.replace('，', ',').replace("。", "。 ")));
		assertThat(result.dropped()).isEqualTo(1);
	}

	@Test
	void keepsTheSameBodyUnderAnotherOrdinalAsAGhostOfTheOriginal() {
		Deduplicator.Result result = Deduplicator.deduplicate(List.of("二要" + BODY, "三要别的内容，要推进城乡融合发展，完成村庄改造。", "五要" + BODY));
		assertThat(result.dropped()).isEqualTo(1);
		Paragraph ghost = result.paragraphs().get(2);
		assertThat(ghost.isGhost()).isTrue();
		assertThat(ghost.duplicateOf()).isEqualTo("二要" + BODY);
	}

	@Test
	void dropsANearRepeatWithAFewCharactersChanged() {
		String edited = BODY.replace("加快推进", "加速推进");
		assertThat(Deduplicator.deduplicate(List.of(BODY, edited)).dropped()).isEqualTo(1);
	}

	@Test
	void neverTakesParagraphsWithOtherNumbersForRepeats() {
		String a = "要加快推进棠下镇工业园区建设，力争年底前完成投资5亿元，新增规上工业企业10家，带动就业2000人以上。";
		String b = a.replace("5亿元", "8亿元");
		assertThat(Deduplicator.deduplicate(List.of(a, b)).dropped()).isZero();
	}

	@Test
	void keepsRepeatedShortLinesAndResponsibilityLines() {
		List<String> lines = List.of("牵头单位：区发改局、区财政局、区工信局、区商务局", "1.推进项目建设。", "牵头单位：区发改局、区财政局、区工信局、区商务局", "附件", "附件");
		assertThat(Deduplicator.deduplicate(lines).dropped()).isZero();
	}
}
