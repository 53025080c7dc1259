package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.internal.extraction.Markers.Kind;
import org.luoshi.reports.internal.extraction.Markers.Marker;

class MarkersTests {

	@Test
	void readsEveryKindOfOrdinal() {
		assertThat(Markers.at("一、2024年工作回顾")).isEqualTo(new Marker(Kind.SECTION, 1, 2));
		assertThat(Markers.at("（三）扩大有效投资")).isEqualTo(new Marker(Kind.GROUP, 3, 3));
		assertThat(Markers.at("五要聚焦统筹发展")).isEqualTo(new Marker(Kind.YAO, 5, 2));
		assertThat(Markers.at("关键词二：项目")).isEqualTo(new Marker(Kind.KEYWORD, 2, 5));
		assertThat(Markers.at("二是扩大投资")).isEqualTo(new Marker(Kind.ITEM, 2, 2));
		assertThat(Markers.at("第三，抓服务")).isEqualTo(new Marker(Kind.ITEM, 3, 3));
		assertThat(Markers.at("12.推行改革")).isEqualTo(new Marker(Kind.ITEM, 12, 3));
		assertThat(Markers.at("（4）实施工程")).isEqualTo(new Marker(Kind.SUB_ITEM, 4, 3));
		assertThat(Markers.at("③完善机制")).isEqualTo(new Marker(Kind.SUB_ITEM, 3, 1));
		assertThat(Markers.at("——抓实经济发展")).isEqualTo(new Marker(Kind.ITEM, 1, 2));
	}

	@Test
	void readsNoOrdinalInNumbersWordsAndSubtitles() {
		assertThat(Markers.at("1.5亿元的项目")).isNull();
		assertThat(Markers.at("一要素保障")).isNull();
		assertThat(Markers.at("一二三产业融合")).isNull();
		assertThat(Markers.at("——2025年1月15日在大会上")).isNull();
		assertThat(Markers.at("要加快推进")).isNull();
	}

	@Test
	void stripsTheOrdinalForComparison() {
		assertThat(Markers.strip("二要聚焦发展")).isEqualTo(Markers.strip("五要聚焦发展")).isEqualTo("聚焦发展");
	}
}
