package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.Messages;

/**
 * The unified social credit code of GB 32100-2015 and the subject code's check of GB 11714, on the standard's worked
 * example, on codes published by real enterprises, and on codes made from the algorithm by the thousand.
 */
class CreditCodeTests {

	private static final Messages MESSAGES = Messages.fromBundles("messages/enterprise", "messages/shared");

	@Test
	void weighsPositionIWithThreeToTheIMinusOneModuloThirtyOne() {
		// The standard's table of weights (加权因子), position 1 to 17.
		List<Integer> weights = List.of(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
		for (int position = 1; position <= 17; position++) {
			String first17 = "0".repeat(position - 1) + "1" + "0".repeat(17 - position);
			int expected = (31 - weights.get(position - 1) % 31) % 31;
			assertThat(CreditCode.checkCharacter(first17)).as("position %d", position).isEqualTo(CreditCode.CHARACTERS.charAt(expected));
		}
	}

	@Test
	void computesTheStandardsWorkedExample() {
		// GB 32100-2015's example as reproduced with its steps in "统一社会信用代码唯一性校验规则" (e.g. renrendoc.com/p-47802332.html):
		// 91350100M000100Y4 weighs to 1640, 1640 mod 31 = 28, 31 - 28 = 3.
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.read("91350100M000100Y43", "creditCode").valid()).isTrue();
		// The example checks 91350100M000100Y4Z, which fails: Z is not even a character of the code.
		assertThat(CreditCode.read("91350100M000100Y4Z", "creditCode").errors())
			.containsExactly(Violation.of("creditCode", "enterprise.credit-code.character", "Z", 18));
		assertThat(CreditCode.read("91350100M000100Y4X", "creditCode").errors())
			.containsExactly(Violation.of("creditCode", "enterprise.credit-code.check", "3", "X"));
	}

	/** Codes that real enterprises publish, each with where it was found. */
	@ParameterizedTest(name = "{1}")
	@CsvSource({
			// 深圳市海王生物工程股份有限公司 (SZ 000078), its articles of association of December 2023, art. 2, as published on
			// stock.stockstar.com/notice/SN2023120800042314.shtml
			"91440300192444086R, 海王生物",
			// 上海网达软件股份有限公司 (SH 603189), its articles of August 2024, art. 2 (vip.stock.finance.sina.com.cn, bulletin 10370080)
			"913100006987613616, 网达软件",
			// 上海索辰信息科技股份有限公司 (SH 688507), its articles of June 2024, art. 2 (ddx.gubit.cn/gonggao/688507/202407026527.html)
			"91310000785643574Y, 索辰科技",
			// 中国全聚德（集团）股份有限公司 (SZ 002186), cited as 全聚德's code in blog.csdn.net/ellasun_web/article/details/130267762
			"91110000101623741K, 全聚德",
			// 华为技术有限公司, the 机构代码 of its Chinese Wikipedia infobox (zh.wikipedia.org/zh-hk/華為)
			"914403001922038216, 华为" })
	void acceptsCodesPublishedByRealEnterprises(String published, String enterprise) {
		CreditCode.Reading reading = CreditCode.read(published, "creditCode");

		assertThat(reading.errors()).isEmpty();
		assertThat(reading.warnings()).as("their subject codes are former organization codes and pass GB 11714").isEmpty();
		CreditCode code = reading.code().orElseThrow();
		assertThat(code.value()).isEqualTo(published);
		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.organizationType()).isEqualTo('1');
		assertThat(CreditCode.checkCharacter(published.substring(0, 17))).isEqualTo(published.charAt(17));
	}

	@Test
	void refusesAWrongCheckCharacterNamingTheExpectedOneInChineseAndEnglish() {
		CreditCode.Reading reading = CreditCode.read("91440300192444086X", "creditCode");

		assertThat(reading.valid()).isFalse();
		Violation error = reading.errors().get(0);
		assertThat(error).isEqualTo(Violation.of("creditCode", "enterprise.credit-code.check", "R", "X"));
		assertThat(MESSAGES.zh(error.messageKey(), error.argumentArray())).contains("第 18 位应为“R”").contains("“X”");
		assertThat(MESSAGES.en(error.messageKey(), error.argumentArray())).contains("the 18th must be \"R\"");
		assertThatThrownBy(() -> CreditCode.parse("91440300192444086X")).isInstanceOf(ValidationException.class);
	}

	@Test
	void warnsButAcceptsASubjectCodeFailingItsGb11714Check() {
		// 19244408 calls for 6 (GB 11714); 7 in its place makes a code whose own check character is still right.
		CreditCode code = CreditCode.of("91440300" + "192444087");
		CreditCode.Reading reading = CreditCode.read(code.value(), "creditCode");

		assertThat(reading.errors()).isEmpty();
		assertThat(reading.code()).contains(code);
		assertThat(code.subjectCodeChecks()).isFalse();
		assertThat(reading.warnings()).containsExactly(Violation.of("creditCode", "enterprise.credit-code.subject-check", "192444087", "6"));
		assertThat(MESSAGES.zh("enterprise.credit-code.subject-check", "192444087", "6")).contains("GB 11714").contains("“6”");
		assertThat(MESSAGES.en("enterprise.credit-code.subject-check", "192444087", "6")).contains("GB 11714");
	}

	@Test
	void subjectCheckOfGb11714WritesTenAsXAndElevenAsZero() {
		// 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2 = 201, 201 mod 11 = 3, 11 - 3 = 8.
		assertThat(CreditCode.subjectCheckCharacter("12345678")).isEqualTo('8');
		// 1·3 + 1·4 + 8·2 = 23, 23 mod 11 = 1: 10 is written X.
		assertThat(CreditCode.subjectCheckCharacter("10000018")).isEqualTo('X');
		// 1·3 + 4·2 = 11, 11 mod 11 = 0: 11 is written 0.
		assertThat(CreditCode.subjectCheckCharacter("10000004")).isEqualTo('0');
		// Letters count A=10 … Z=35 as GB 11714 has them (M = 22), not as the credit code's set does (M = 21).
		assertThat(CreditCode.subjectCheckCharacter("M0000XUF")).isEqualTo('4');
		assertThat(CreditCode.read(CreditCode.of("914407031000001" + "8X").value(), "creditCode").warnings()).isEmpty();
	}

	@Test
	void readsCodesAsTypedWithLowerCaseFullWidthCharactersAndSpaces() {
		assertThat(CreditCode.read(" 9144 0300 1924 4408 6r ", "creditCode").code().map(CreditCode::value)).contains("91440300192444086R");
		assertThat(CreditCode.read("９１４４０３００１９２４４４０８６Ｒ", "creditCode").code().map(CreditCode::value))
			.contains("91440300192444086R");
	}

	@Test
	void refusesWrongLengthsCharactersAndDivisionParts() {
		assertThat(CreditCode.read("", "creditCode").errors()).containsExactly(Violation.of("creditCode", "validation.required"));
		assertThat(CreditCode.read("9144030019244408", "creditCode").errors())
			.containsExactly(Violation.of("creditCode", "enterprise.credit-code.length", 16));
		assertThat(CreditCode.read("91440300I92444O86R", "creditCode").errors()).containsExactly(
				Violation.of("creditCode", "enterprise.credit-code.character", "I", 9),
				Violation.of("creditCode", "enterprise.credit-code.character", "O", 15));
		assertThat(CreditCode.read("9144A300192444086R", "creditCode").errors())
			.containsExactly(Violation.of("creditCode", "enterprise.credit-code.division", "44A300"));
		for (char unused : "IOZSV".toCharArray()) {
			assertThat(CreditCode.read("91440300192444086" + unused, "creditCode").errors().get(0).messageKey())
				.isEqualTo("enterprise.credit-code.character");
		}
	}

	/** Thousands of codes computed by the algorithm: each reads back, and every typing slip the check exists for is caught. */
	@Test
	void everyComputedCodeReadsAndEverySingleSlipOrAdjacentSwapIsCaught() {
		Random random = new Random(20151001);
		for (int n = 0; n < 2000; n++) {
			String first17 = randomFirst17(random);
			CreditCode code = CreditCode.of(first17);
			assertThat(CreditCode.read(code.value(), "creditCode").valid()).isTrue();
			char check = code.value().charAt(17);
			// Any other 18th character is refused, naming the right one.
			for (char other : CreditCode.CHARACTERS.toCharArray()) {
				if (other != check) {
					assertThat(CreditCode.read(first17 + other, "creditCode").errors())
						.containsExactly(Violation.of("creditCode", "enterprise.credit-code.check", String.valueOf(check), String.valueOf(other)));
				}
			}
			// One character changed: 31 is prime and no weight is 0 mod 31, so the sum always moves.
			int position = random.nextInt(17);
			char changed = CreditCode.CHARACTERS.charAt(random.nextInt(CreditCode.CHARACTERS.length()));
			if (changed != first17.charAt(position) && (position < 2 || position > 7 || Character.isDigit(changed))) {
				String slipped = first17.substring(0, position) + changed + first17.substring(position + 1) + check;
				assertThat(CreditCode.read(slipped, "creditCode").valid()).as(slipped).isFalse();
			}
			// Two neighbours swapped: weights w and 3w differ mod 31, so a swap of different characters moves the sum.
			int at = random.nextInt(16);
			if (first17.charAt(at) != first17.charAt(at + 1) && (at < 1 || at > 7)) {
				String swapped = first17.substring(0, at) + first17.charAt(at + 1) + first17.charAt(at) + first17.substring(at + 2) + check;
				assertThat(CreditCode.read(swapped, "creditCode").valid()).as(swapped).isFalse();
			}
		}
	}

	@Test
	void subjectChecksComputedByTheAlgorithmPassWhateverTheirCharacters() {
		Random random = new Random(11714);
		IntStream.range(0, 1000).forEach(n -> {
			String first8 = randomCharacters(random, 8);
			String first17 = "91440703" + first8 + CreditCode.subjectCheckCharacter(first8);
			CreditCode code = CreditCode.of(first17);
			assertThat(code.subjectCodeChecks()).isTrue();
			assertThat(CreditCode.read(code.value(), "creditCode").warnings()).isEmpty();
		});
	}

	@Test
	void industryCodesOfAnyDepthNameTheirSection() {
		assertThat(IndustrySection.ofCode("C")).contains(IndustrySection.C);
		assertThat(IndustrySection.ofCode("c3982")).contains(IndustrySection.C);
		assertThat(IndustrySection.ofCode("3982")).contains(IndustrySection.C);
		assertThat(IndustrySection.ofCode("65")).contains(IndustrySection.I);
		assertThat(IndustrySection.ofCode("01")).contains(IndustrySection.A);
		assertThat(IndustrySection.ofCode("97")).contains(IndustrySection.T);
		assertThat(IndustrySection.ofCode("A39")).as("the letter disagrees with the digits").isEmpty();
		assertThat(IndustrySection.ofCode("98")).isEmpty();
		assertThat(IndustrySection.ofCode("U")).isEmpty();
		assertThat(IndustrySection.ofCode("制造业")).isEmpty();
	}

	private static String randomFirst17(Random random) {
		return randomCharacters(random, 2) + String.format("%06d", random.nextInt(1_000_000)) + randomCharacters(random, 9);
	}

	private static String randomCharacters(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(CreditCode.CHARACTERS.charAt(random.nextInt(CreditCode.CHARACTERS.length())));
		}
		return text.toString();
	}
}
