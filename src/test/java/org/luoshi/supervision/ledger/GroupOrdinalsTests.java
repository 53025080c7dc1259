package org.luoshi.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Chinese ordinals of group headings, written by the ledger and read from the tables offices send. */
class GroupOrdinalsTests {

	@ParameterizedTest
	@CsvSource({ "1, 一", "9, 九", "10, 十", "11, 十一", "20, 二十", "99, 九十九", "100, 一百", "105, 一百零五", "110, 一百一十", "1000, 一千",
			"1001, 一千零一", "2020, 二千零二十", "10000, 一万", "10010, 一万零一十", "12345, 一万二千三百四十五", "100000, 十万" })
	void writesNumbersAsChineseOrdinals(int number, String ordinal) {
		assertThat(GroupOrdinals.format(number)).isEqualTo(ordinal);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "一、主动融入大湾区建设|主动融入大湾区建设", "十一、优化营商环境|优化营商环境",
			"二．扩大有效投资|扩大有效投资", "（三）加快项目建设|加快项目建设", "(四)加快项目建设|加快项目建设", "五 推进乡村振兴|推进乡村振兴",
			"十大工程建设|十大工程建设", "一是加快项目建设|一是加快项目建设", "1、加快项目建设|1、加快项目建设" })
	void takesTheLeadingOrdinalOffAHeading(String heading, String name) {
		assertThat(GroupOrdinals.withoutOrdinal(heading)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "一", "十一", "一、", "（一）", "(二)", "三." })
	void takesAnOrdinalAloneForOne(String number) {
		assertThat(GroupOrdinals.isOrdinal(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "1.1", "一、全力提速", "十大工程", "重点项目" })
	void takesNumbersAndTextForNoOrdinalAlone(String number) {
		assertThat(GroupOrdinals.isOrdinal(number)).isFalse();
	}
}
