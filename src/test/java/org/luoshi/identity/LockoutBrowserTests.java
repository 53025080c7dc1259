package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class LockoutBrowserTests extends BrowserTest {

	static final String LOCKED = "连续登录失败次数过多，账号已被锁定 15 分钟，请稍后再试或联系管理员解锁。";

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountDirectory accounts;

	@Test
	void fiveWrongPasswordsLockTheAccountAndTheRightPasswordIsStillRefused() {
		AccountSummary account = new IdentityFixtures(port, administration, accounts).newAccount("browser-lock");
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(account.username(), "Not-The-Password-1");
			assertThat(find(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
		}
		signIn(account.username(), "Not-The-Password-1");
		assertThat(find(By.id("login-error")).getText()).isEqualTo(LOCKED);

		signIn(account.username(), IdentityFixtures.INITIAL_PASSWORD);
		assertThat(find(By.id("login-error")).getText()).isEqualTo(LOCKED);
		assertThat(browser.getCurrentUrl()).endsWith("/login?error=locked");
	}
}
