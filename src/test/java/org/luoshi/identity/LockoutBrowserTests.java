package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class LockoutBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	AccountDirectory accounts;

	@Test
	void fiveWrongPasswordsLockTheAccountAndTheRightPasswordIsStillRefusedWithTheSameAnswer() {
		AccountSummary account = fixtures.newAccount("browser-lock");
		signIn(account.username(), "Not-The-Password-1");
		String wrongPassword = find(By.id("login-error")).getText();
		assertThat(wrongPassword).isEqualTo(messages.zh("identity.login.failed", 5, 15));
		for (int attempt = 2; attempt <= 5; attempt++) {
			signIn(account.username(), "Not-The-Password-1");
			assertThat(find(By.id("login-error")).getText()).isEqualTo(wrongPassword);
		}

		signIn(account.username(), IdentityFixtures.INITIAL_PASSWORD);
		assertThat(find(By.id("login-error")).getText()).isEqualTo(wrongPassword);
		assertThat(browser.getCurrentUrl()).endsWith("/login?error=failed");
		assertThat(accounts.findAccount(account.id()).orElseThrow().isLocked(java.time.Instant.now())).isTrue();
	}
}
