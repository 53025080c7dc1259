package org.luoshi.shared.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PredefinedSongFontTests {

	static final DocumentFont font = new PredefinedSongFont();

	@Test
	void measuresLatinLettersAndDigitsProportionallyAndEverythingElseOneEm() {
		assertThat(font.advance('i')).isLessThan(font.advance('n')).isLessThan(font.advance('W'));
		assertThat(font.advance(' ')).isEqualTo(207);
		assertThat(font.advance('2')).isEqualTo(462);
		assertThat(font.advance('中')).isEqualTo(1000);
		assertThat(font.advance('（')).isEqualTo(1000);
		assertThat(font.width("GDP超100亿元", 10)).isEqualTo((729 + 739 + 544 + 1000 + 3 * 462 + 2000) / 100f);
	}

	@Test
	void keepsWhatUniGbMapsIncludingCharactersBeyondTheBasicPlane() {
		String text = "GDP超100亿元（2024年）蓬督〔2026〕3号——𠂇";

		assertThat(font.printable(text)).isEqualTo(text);
	}

	@Test
	void replacesWhatTheFontCannotShowWithTheGetaMark() {
		String yiSyllable = "\uA000";
		assertThat(font.printable("表情😀，铃\u0007，半个\uD800，替换\uFFFD，彝文" + yiSyllable))
				.as("an emoji, a control character, a lone surrogate, U+FFFD, a CID beyond Adobe-GB1-4")
				.isEqualTo("表情〓，铃〓，半个〓，替换〓，彝文〓");
	}

	@Test
	void unifiesLineEndsAndMakesTabsAndNoBreakSpacesPlainSpaces() {
		assertThat(font.printable("一\r\n二\r三\n四\t五\u00A0六")).isEqualTo("一\n二\n三\n四 五 六");
	}

	@Test
	void encodesAsUtf16BigEndianWhichIsWhatUniGbUtf16Reads() {
		assertThat(font.encode("中A𠂇")).containsExactly(0x4E, 0x2D, 0x00, 0x41, 0xD8, 0x40, 0xDC, 0x87);
	}
}
