package org.luoshi.shared.print;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.print.LineBreaker.Line;

class LineBreakerTests {

	static final DocumentFont font = new PredefinedSongFont();
	static final float SIZE = 14;
	static final LineBreaker breaker = new LineBreaker(font, SIZE);

	static final String REQUIREMENT = "承办单位要高度重视，主要负责同志亲自研究部署，明确分管领导和具体经办人员，制定详细工作方案，"
			+ "倒排工期、挂图作战；确保GDP超100亿元（2024年）的目标按期完成，增长6.5%以上。联系电话：0750-3201234。";

	@Test
	void wrapsALongValueIntoLinesNoneWiderThanTheMeasureAndLosesNoCharacter() {
		for (float width = 120; width <= 420; width += 7) {
			List<Line> lines = breaker.lines(REQUIREMENT, width);

			assertThat(lines).hasSizeGreaterThan(1);
			for (Line line : lines) {
				assertThat(line.width()).isEqualTo(font.width(line.text(), SIZE)).isLessThanOrEqualTo(width);
			}
			assertThat(lines.stream().map(Line::text).collect(joining())).isEqualTo(REQUIREMENT);
		}
	}

	@Test
	void fillsLinesOfChineseExactlyToTheMeasure() {
		List<Line> lines = breaker.lines("一二三四五六七八九十".repeat(3), 10 * SIZE);

		assertThat(lines).extracting(Line::text).containsExactly("一二三四五六七八九十", "一二三四五六七八九十", "一二三四五六七八九十");
	}

	/** From a little wider than the telephone number, the longest word. */
	@Test
	void keepsNumbersAndLatinWordsWhole() {
		for (float width = 80; width <= 300; width += 3) {
			List<String> lines = texts(breaker.lines(REQUIREMENT, width));

			for (String word : List.of("GDP", "100", "2024", "6.5%", "0750-3201234")) {
				assertThat(lines).as("%s at width %s", word, width).anySatisfy(line -> assertThat(line).contains(word));
			}
		}
	}

	@Test
	void neverStartsALineWithClosingPunctuationNorEndsOneWithOpening() {
		String text = "区政府（督查室）要求：“按期完成”，不得拖延；逾期的，依照《督查督办工作办法》予以通报！是否办结？";
		for (float width = 3 * SIZE; width <= 20 * SIZE; width += 1) {
			List<String> lines = texts(breaker.lines(text, width));

			for (int i = 0; i < lines.size(); i++) {
				assertThat(lines.get(i)).as("line %s at width %s: %s", i, width, lines)
						.doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("：").doesNotStartWith("；")
						.doesNotStartWith("！").doesNotStartWith("？").doesNotStartWith("）").doesNotStartWith("”")
						.doesNotStartWith("》").doesNotEndWith("（").doesNotEndWith("“").doesNotEndWith("《");
			}
			assertThat(String.join("", lines)).isEqualTo(text);
		}
	}

	@Test
	void keepsADashOrAnEllipsisInOnePiece() {
		String text = "督办事项——老旧小区改造……及配套设施建设——限期完成……";
		for (float width = 3 * SIZE; width <= 15 * SIZE; width += 1) {
			List<String> lines = texts(breaker.lines(text, width));

			for (int i = 1; i < lines.size(); i++) {
				String previousEnd = lines.get(i - 1).substring(lines.get(i - 1).length() - 1);
				assertThat(previousEnd + lines.get(i).charAt(0)).as("at width %s: %s", width, lines).isNotIn("——", "……");
			}
		}
	}

	@Test
	void breaksLatinTextAtSpacesAndDropsTheSpacesThere() {
		String text = "The supervision office asks every unit to report progress before the twenty fifth";

		List<String> lines = texts(breaker.lines(text, 100));

		assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
		assertThat(String.join(" ", lines)).isEqualTo(text);
	}

	@Test
	void cutsARunWiderThanTheLineWhereItOverflows() {
		String address = "https://www.pengjiang.gov.cn/zwgk/dcdb/2026/notice-0003-attachment.pdf";

		List<Line> lines = breaker.lines(address, 100);

		assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(100));
		assertThat(texts(lines).stream().collect(joining())).isEqualTo(address);
	}

	@Test
	void setsAtLeastOneCharacterOnALineTooNarrowForIt() {
		assertThat(texts(breaker.lines("督办", SIZE / 2))).containsExactly("督", "办");
	}

	@Test
	void givesTheFirstLineItsOwnMeasure() {
		List<String> lines = texts(breaker.lines("一二三四五六七八九十".repeat(2), 8 * SIZE, 10 * SIZE));

		assertThat(lines).extracting(String::length).containsExactly(8, 10, 2);
	}

	@Test
	void endsALineAtEachLineBreakAndMarksOnlyWrappedLinesAsJustifiable() {
		assertThat(breaker.lines("第一行\n\n第三行", 10 * SIZE)).extracting(Line::text, Line::wrapped)
				.containsExactly(tuple("第一行", false), tuple("", false), tuple("第三行", false));
		assertThat(breaker.lines("一二三四五六七八九十一二", 10 * SIZE)).extracting(Line::wrapped).containsExactly(true, false);
	}

	private static List<String> texts(List<Line> lines) {
		return lines.stream().map(Line::text).toList();
	}
}
