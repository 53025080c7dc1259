package org.luoshi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmentationTests {

	static final Segmenter segmenter = new Segmenter();

	@BeforeAll
	static void learnLocalNames() {
		segmenter.learn(List.of("杜阮镇", "江门市蓬江区杜阮镇人民政府", "棠下镇", "蓬江区", "白沙街道", "区司法局"));
	}

	@Test
	void keepsLearntLocalNamesWholeAndAlsoIndexesThemWithoutTheirSuffix() {
		assertThat(segmenter.tokens("杜阮镇召开经济工作会议")).startsWith("杜阮镇", "杜阮").contains("经济", "会议").doesNotContain("杜", "阮镇");
		assertThat(segmenter.tokens("棠下镇")).containsExactly("棠下镇", "棠下");
		assertThat(segmenter.tokens("白沙街道")).contains("白沙街道", "白沙");
	}

	@Test
	void indexesTheWordsInsideALongerWordSoThatAShorterQueryFindsIt() {
		assertThat(segmenter.tokens("江门市蓬江区司法局")).contains("江门市", "江门", "蓬江区", "蓬江", "司法局", "司法");
		assertThat(segmenter.tokens("江门市蓬江区杜阮镇人民政府")).contains("杜阮镇", "杜阮", "人民政府", "政府");
	}

	@Test
	void dropsPunctuationAndLowerCasesLatinLettersIncludingFullWidthOnes() {
		List<String> tokens = segmenter.tokens("部署2024年ＧＤＰ工作！“千亿”目标，GDP增长（6.5%）。");
		assertThat(tokens).contains("部署", "gdp", "工作", "目标", "增长").doesNotContain("！", "“", "，", "（", "%", "GDP", "ＧＤＰ");
		assertThat(tokens).allSatisfy(token -> assertThat(token).matches("[\\p{L}\\p{N}]+"));
	}

	@Test
	void splitsNumbersWithSeparatorsIntoTheirDigitRuns() {
		assertThat(segmenter.tokens("0750-3201234")).containsExactly("0750", "3201234");
	}

	@Test
	void queriesAreCutTheSameWayAndEachWordCountsOnce() {
		assertThat(segmenter.queryTerms("棠下镇 棠下镇")).containsExactly("棠下镇", "棠下");
		assertThat(segmenter.queryTerms("棠下")).containsExactly("棠下");
	}

	@Test
	void dropsSingleChineseCharactersFromAQueryThatHasLongerWords() {
		assertThat(segmenter.queryTerms("棠下的经济")).containsExactly("棠下", "经济");
		assertThat(segmenter.queryTerms("局")).containsExactly("局");
	}

	@Test
	void turnsHostileQueriesIntoPlainWords() {
		assertThat(segmenter.queryTerms("' OR 1=1 --")).containsExactly("or", "1");
		assertThat(segmenter.queryTerms("&|!():*")).isEmpty();
		assertThat(segmenter.queryTerms("a & b | !c :* <-> 'd'")).containsExactly("a", "b", "c", "d");
		assertThat(segmenter.queryTerms("<script>alert(1)</script>")).allSatisfy(term -> assertThat(term).matches("[\\p{L}\\p{N}]+"));
	}

	@Test
	void quotesEveryTermOfTheTsquery() {
		assertThat(SearchService.tsquery(List.of("棠下", "or", "1"))).isEqualTo("'棠下' & 'or' & '1'");
		assertThat(SearchService.tsquery(List.of("it's", "a\\b"))).isEqualTo("'it''s' & 'a\\\\b'");
	}

	@Test
	void limitsTheNumberOfQueryTerms() {
		String many = String.join(" ", java.util.stream.IntStream.range(0, 40).mapToObj(i -> "w" + i).toList());
		assertThat(segmenter.queryTerms(many)).hasSize(Segmenter.MAX_QUERY_TERMS);
	}
}
