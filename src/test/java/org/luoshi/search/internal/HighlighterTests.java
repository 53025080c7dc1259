package org.luoshi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlighterTests {

	@Test
	void marksEveryOccurrenceAndMergesOverlappingWords() {
		assertThat(Highlighter.mark("棠下镇经济发展办，棠下", List.of("棠下镇", "棠下"))).isEqualTo("<mark>棠下镇</mark>经济发展办，<mark>棠下</mark>");
	}

	@Test
	void escapesTheDocumentSoThatItCannotInjectMarkup() {
		String html = Highlighter.mark("<script>alert('棠下')</script>", List.of("棠下"));
		assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;<mark>棠下</mark>&#39;)&lt;/script&gt;");
		assertThat(Highlighter.mark("a<b", List.of("b"))).isEqualTo("a&lt;<mark>b</mark>");
	}

	@Test
	void matchesLatinLettersRegardlessOfCaseAndWidth() {
		assertThat(Highlighter.mark("全年GDP与ＧＤＰ", List.of("gdp"))).isEqualTo("全年<mark>GDP</mark>与<mark>ＧＤＰ</mark>");
	}

	@Test
	void cutsAPassageAroundTheFirstMatchOfALongText() {
		String text = "开头".repeat(100) + "杜阮镇" + "结尾".repeat(100);
		String snippet = Highlighter.snippet(text, List.of("杜阮镇"));
		assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>杜阮镇</mark>");
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSize(Highlighter.SNIPPET_LENGTH + 2);
		assertThat(Highlighter.snippet("短文", List.of("棠下"))).isEqualTo("短文");
		assertThat(Highlighter.snippet("a".repeat(200), List.of("棠下"))).startsWith("aaa").endsWith("…");
	}
}
