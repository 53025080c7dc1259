package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTests {

	@Test
	void readsNumeralsAsReportsWriteThem() {
		assertThat(ChineseNumbers.parse("千")).isEqualTo(1000);
		assertThat(ChineseNumbers.parse("百")).isEqualTo(100);
		assertThat(ChineseNumbers.parse("十五")).isEqualTo(15);
		assertThat(ChineseNumbers.parse("二十")).isEqualTo(20);
		assertThat(ChineseNumbers.parse("一千二百")).isEqualTo(1200);
		assertThat(ChineseNumbers.parse("两万")).isEqualTo(20_000);
		assertThat(ChineseNumbers.parse("一亿五千万")).isEqualTo(150_000_000);
		assertThat(ChineseNumbers.parse("二〇二四")).isEqualTo(2024);
	}

	@Test
	void refusesWhatIsNoNumeral() {
		assertThat(ChineseNumbers.parse("千强")).isEqualTo(-1);
		assertThat(ChineseNumbers.parse("")).isEqualTo(-1);
		assertThat(ChineseNumbers.parse("亿亿亿亿亿亿")).isEqualTo(-1);
	}

	@Test
	void writesSmallNumbersInChinese() {
		assertThat(ChineseNumbers.format(1)).isEqualTo("一");
		assertThat(ChineseNumbers.format(10)).isEqualTo("十");
		assertThat(ChineseNumbers.format(25)).isEqualTo("二十五");
	}
}
