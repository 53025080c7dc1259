package org.luoshi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailSettingsTests {

	final MailSettings settings = new MailSettings("luoshi@example.gov.cn", 8, Duration.ofMinutes(1), Duration.ofHours(1));

	@Test
	void doublesTheWaitAfterEachFailureUpToTheLongestWait() {
		assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.retryDelay(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(settings.retryDelay(7)).isEqualTo(Duration.ofHours(1));
		assertThat(settings.retryDelay(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpOnceAMailHasFailedAsOftenAsAllowed() {
		assertThat(settings.givesUpAfter(7)).isFalse();
		assertThat(settings.givesUpAfter(8)).isTrue();
	}

	@Test
	void refusesASettingThatWouldNeverTryAtAll() {
		assertThatThrownBy(() -> new MailSettings(null, 0, Duration.ofMinutes(1), Duration.ofHours(1)))
			.hasMessageContaining("max-attempts");
	}
}
