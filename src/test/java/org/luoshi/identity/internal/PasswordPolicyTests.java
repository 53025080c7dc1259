package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Violation;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesAPasswordShorterThanTenCharacters() {
		assertThat(keys(policy.check("password", "Ab3$xyz9", "liang"))).containsExactly("identity.password.too-short");
		assertThat(policy.check("password", "Ab3$xyz9", "liang").get(0).arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
	}

	@Test
	void refusesACommonPasswordAlsoWithOtherCaseOrATrailingNumber() {
		assertThat(keys(policy.check("password", "1234567890", "liang"))).containsExactly("identity.password.common");
		assertThat(keys(policy.check("password", "Password2026!", "liang"))).containsExactly("identity.password.common");
		assertThat(keys(policy.check("password", "QWERTYUIOP", "liang"))).containsExactly("identity.password.common");
	}

	@Test
	void refusesAPasswordContainingTheUsername() {
		assertThat(keys(policy.check("password", "xx-Liang.Jia-2026", "liang.jia"))).containsExactly("identity.password.contains-username");
	}

	@Test
	void refusesAPasswordOfTooFewDifferentCharacters() {
		assertThat(keys(policy.check("password", "Aa1Aa1Aa1Aa1", "liang"))).containsExactly("identity.password.too-simple");
		assertThat(keys(policy.check("password", "Zz-Zz-Zz-Zz-", "liang"))).containsExactly("identity.password.too-simple");
	}

	@Test
	void asksForThreeOfUpperCaseLowerCaseDigitsAndSymbols() {
		assertThat(keys(policy.check("password", "tangxialychee", "liang"))).containsExactly("identity.password.character-classes");
		assertThat(keys(policy.check("password", "tangxia-lychee", "liang"))).containsExactly("identity.password.character-classes");
		assertThat(keys(policy.check("password", "TANGXIA48LYCHEE", "liang"))).containsExactly("identity.password.character-classes");
		assertThat(keys(policy.check("password", "棠下镇荔枝节二零二六年", "liang"))).containsExactly("identity.password.character-classes");
		assertThat(policy.check("password", "Tangxia-lychee", "liang")).isEmpty();
		assertThat(policy.check("password", "tangxia-lychee48", "liang")).isEmpty();
		assertThat(policy.check("password", "TANGXIA48lychee", "liang")).isEmpty();
		assertThat(policy.check("password", "棠下镇Lychee2026", "liang")).isEmpty();
	}

	@Test
	void refusesAMissingOrOverlongPassword() {
		assertThat(keys(policy.check("password", "", "liang"))).containsExactly("validation.required");
		assertThat(keys(policy.check("password", null, "liang"))).containsExactly("validation.required");
		assertThat(keys(policy.check("password", "Ab3$".repeat(40), "liang"))).containsExactly("validation.too-long");
	}

	@Test
	void acceptsALongUncommonPasswordAndNamesTheFieldItChecked() {
		assertThat(policy.check("newPassword", "Tangxia-Lychee-48", "liang")).isEmpty();
		assertThat(policy.check("newPassword", "abc", "liang")).extracting(Violation::field).containsExactly("newPassword");
	}

	@Test
	void ignoresABlankUsername() {
		assertThat(policy.check("password", "Tangxia-Lychee-48", "")).isEmpty();
	}

	@Test
	void generatedPasswordsPassThePolicy() {
		InitialCredentials credentials = new InitialCredentials("", System.getProperty("java.io.tmpdir"));
		for (int i = 0; i < 50; i++) {
			assertThat(policy.check("password", credentials.generate(), "someone")).isEmpty();
		}
	}

	private static List<String> keys(List<Violation> violations) {
		return violations.stream().map(Violation::messageKey).toList();
	}
}
